// @ts-check
// A second guidebook from the same engine: only site.config.ts and content/ are its own.
import { defineGuidebook } from '../../src/config/define-guidebook.ts';
import siteConfig from './site.config.ts';

export default defineGuidebook(siteConfig);
