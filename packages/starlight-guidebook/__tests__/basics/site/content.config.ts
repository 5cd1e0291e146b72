// The guidebook's collections: pages from content/docs, worksheets from content/worksheets.
export { collections } from 'starlight-guidebook/collections';
