/** Makes every rendered worksheet on the page interactive. */
export function boot(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-worksheet]')) {
    root.classList.add('ws-js');
  }
}
