/** The API's error codes in words (errors.<CODE>); the pages fall back to the server's message. */
export const errorMessages: { 'zh-CN': Record<string, string>; en: Record<string, string> } = {
  'zh-CN': {},
  en: {},
};
