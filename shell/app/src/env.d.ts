// Side-effect style imports, extracted to a CSS file by mini-css-extract-plugin.
declare module '*.css';
