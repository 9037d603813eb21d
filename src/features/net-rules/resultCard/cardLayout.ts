/** The result card's size, colours and fonts, shared by its picture and its PNG export. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Only fonts already on the device: the picture is drawn off the page, where the app's own web fonts are not
 * available, and it must never fetch anything. These cover Latin, Cyrillic, Arabic and Chinese.
 */
export const CARD_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Geeza Pro', Tahoma, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

export const INK = {
  bg: '#0b1020',
  panel: '#111a30',
  line: '#1e2a45',
  heading: '#f8fafc',
  name: '#5eead4',
  title: '#cbd5e1',
  date: '#94a3b8',
};
