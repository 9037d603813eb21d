/** Build-time values Vite puts into the app (see vite.config.ts). */
interface ImportMetaEnv {
  readonly VITE_APP_VERSION: string;
}
