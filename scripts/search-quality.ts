// Search quality of a built site on this site's query set (tests/e2e/search-queries.ts): recall
// per kind of query, the rank of the first relevant page, query time. In real Chromium.
//   npm run search:quality                     dist/
//   npm run search:quality -- <dist> [<baseline dist>]   also: pages the baseline found and <dist> does not
import path from 'node:path';
import { searchQueries } from '../tests/e2e/search-queries.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { formatSearchReport, measureSearch } from '../tests/support/search-quality.ts';

const [dist = 'dist', baseline] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  const report = await measureSearch(browser, path.resolve(dist), searchQueries);
  console.log(`${dist}\n${formatSearchReport(report)}`);
  if (report.lost.length > 0) console.log('as typed found, rewritten did not:', JSON.stringify(report.lost));
  if (baseline) {
    const before = await measureSearch(browser, path.resolve(baseline), searchQueries);
    console.log(`\n${baseline}\n${formatSearchReport(before)}`);
    const lost = before.outcomes.flatMap((b) => {
      const after = report.outcomes.find((o) => o.query === b.query && o.kind === b.kind);
      const pages = b.results.filter((url) => !after?.results.includes(url) && b.relevantPages.includes(url));
      return pages.length > 0 ? [`${b.query}: ${pages.join(' ')}`] : [];
    });
    console.log(
      lost.length > 0
        ? `relevant pages found before, not now:\n  ${lost.join('\n  ')}`
        : 'no relevant page the baseline found is lost',
    );
  }
} finally {
  await browser.close();
}
