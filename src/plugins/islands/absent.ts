// What browser builds get for a server-only module (see index.ts): no component.
export default null;
