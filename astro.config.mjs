// @ts-check
// Everything project-specific is in site.config.ts; the engine builds the Astro config from it.
import siteConfig from './site.config.ts';
import { defineGuidebook } from './src/config/define-guidebook.ts';

export default defineGuidebook(siteConfig);
