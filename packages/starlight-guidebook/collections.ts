export { collections } from './config/collections.ts';
