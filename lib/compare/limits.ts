// Shared by the URL schema, the tray and the page. Four columns is what still reads side by side
// on a laptop and scrolls sensibly on a phone.
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
