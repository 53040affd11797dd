/**
 * The embedded wizard's height, in one place (decision record 0011). Changing a question's length changes
 * these figures; styles.css makes the app fill the reserved height, and the browser tests measure both.
 */

/**
 * The height embed.js reserves for each wizard, by the width its element gets: the tallest question at that
 * width (the upper envelope of heights measured in Chromium from 260 to 1400 px, plus 8 px), so neither the
 * frame loading nor answering a question moves the host page. `cqw` is a percentage of the element's width.
 */
export const RESERVED_HEIGHT_CSS = 'max(720px,1193px - 44.4cqw,1920px - 196cqw,3318px - 640cqw)';

/**
 * The plain iframe's height, where no script can size it: the start screen's height in a docs column (506 px
 * at 768 px wide, 438 px at 1280), so little space stays blank and later screens scroll inside it.
 */
export const PLAIN_IFRAME_HEIGHT = 540;
