// The package's browser build has the same API as its main entry, whose declarations it does not point to.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
