// openapi-typescript's own modules, imported past its package entry (see types-file.ts for why);
// their types are the ones the entry re-exports.
declare module 'openapi-typescript/dist/transform/index.mjs' {
  export { transformSchema as default } from 'openapi-typescript'
}
declare module 'openapi-typescript/dist/lib/utils.mjs' {
  export { resolveRef, scanDiscriminators } from 'openapi-typescript'
}
declare module 'openapi-typescript/dist/lib/ts.mjs' {
  export { astToString, tsModifiers } from 'openapi-typescript'
}
declare module 'openapi-typescript/dist/transform/paths-object.mjs' {
  export { transformPathsObject as default } from 'openapi-typescript'
}
