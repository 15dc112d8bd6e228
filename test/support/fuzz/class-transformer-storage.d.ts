// class-transformer's @Type() targets live in its storage module, which ships without a typed
// entry point of its own; its declarations are under types/.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
