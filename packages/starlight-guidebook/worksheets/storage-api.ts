/**
 * `starlight-guidebook/worksheets/storage`: browser storage of answers (storage.ts) and listing
 * what is stored (storage-list.ts). The engine's own scripts import the two apart, so a page loads
 * only what it uses.
 */
export * from './storage.ts';
export * from './storage-list.ts';
