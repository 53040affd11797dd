/**
 * A page function for any browser driver: the elements whose own content runs past their box sideways
 * (a word too long for a narrow column), as "tag: text". Scroll containers, clipped boxes and form fields
 * (which scroll their own value) are left out: there the overflow is meant, and reachable.
 */
export function textPastItsBox(): string[] {
  return [...document.body.querySelectorAll<HTMLElement>('*')]
    .filter((element) => {
      const style = getComputedStyle(element);
      return (
        element.getClientRects().length > 0 &&
        !element.matches('input, textarea, select') &&
        style.display !== 'inline' &&
        style.overflowX === 'visible' &&
        element.scrollWidth > element.clientWidth + 1
      );
    })
    .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`);
}
