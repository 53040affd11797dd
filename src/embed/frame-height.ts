/**
 * The embedded wizard's height, in one place (decision record 0011). Changing a question's length changes
 * these figures; styles.css makes the app fill the reserved height, and the browser tests measure both.
 */

/**
 * The height of the tallest question at the element's width: the upper envelope of heights measured in
 * Chromium from 260 to 1400 px, plus 8 px (`cqw` is a percentage of the width of the element, a size
 * container), so neither the frame loading nor answering a question moves the host page.
 */
const TALLEST_QUESTION = 'max(720px,1193px - 44.4cqw,1920px - 196cqw,3318px - 640cqw)';

/**
 * That height rounded up to a whole pixel: a frame's viewport is whole pixels, so the app inside measures
 * and reports the rounded height, and a fractional reservation would move the page by the difference
 * (WebKit shows it). Decision record 0016.
 */
export const RESERVED_HEIGHT = `round(up,${TALLEST_QUESTION},1px)`;

/**
 * The style embed.js gives each wizard's element, and the element's frame or its empty space before one. A
 * browser without round() (before Chromium 125, Firefox 118, Safari 15.4) reserves nothing, and the frame
 * takes the height the app reports once it runs.
 * The snippet's own markup reserves the same height before any script runs (see EMBED_PLACEHOLDER).
 */
export const RESERVED_HEIGHT_SHEET = `[data-slm-or-llm]{container-type:inline-size}[data-slm-or-llm]:empty:before,[data-slm-or-llm]>iframe{content:"";display:block;width:100%;border:0;height:${RESERVED_HEIGHT}}`;

/**
 * What the snippet's element holds until embed.js replaces it with the frame: inline styles that make the
 * element a size container and reserve the frame's height in it, so the page's first paint already has the
 * space (decision record 0016). Without them (a host policy may forbid inline styles) embed.js's sheet
 * reserves it when it runs.
 */
export const EMBED_CONTAINER_STYLE = 'container-type:inline-size';
export const EMBED_PLACEHOLDER = `<div style="height:${RESERVED_HEIGHT}"></div>`;

/**
 * The plain iframe's height, where no script can size it: the start screen's height in a docs column (506 px
 * at 768 px wide, 438 px at 1280), so little space stays blank and later screens scroll inside it.
 */
export const PLAIN_IFRAME_HEIGHT = 540;
