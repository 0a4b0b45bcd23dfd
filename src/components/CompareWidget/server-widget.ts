// The full widget for the server render. Browser builds replace this module with one exporting
// null (src/plugins/islands), so pages do not carry the widget's code in their own chunks.
export { default } from './Widget';
