/**
 * The worksheet's spec for a summary: its own copy (`own`, JSON) when it has one, else that of the
 * worksheet's form on the same page (the component leaves its copy out when the page has the form).
 */
export function specFor<T>(own: string | null | undefined, worksheet: string | undefined): T | undefined {
  const text =
    own ??
    (worksheet
      ? document.querySelector(`section.ws[data-worksheet="${CSS.escape(worksheet)}"] [data-ws-spec]`)?.textContent
      : undefined);
  return text ? (JSON.parse(text) as T) : undefined;
}
