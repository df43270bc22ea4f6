// Strings of src/web/ (see catalogue.ts): the shared form pieces and the error pages.
export const web = {
  forms: {
    errorSummaryTitle: 'There is a problem',
  },
  errors: {
    /** Per status: the page's heading and what to do. */
    pages: {
      400: ['Sorry, that request was not understood', 'Something in the request was malformed. Check the address or go back and try again.'],
      403: ['You cannot do that', 'This action is not allowed from here.'],
      404: ['Page not found', 'If you typed the web address, check it is correct. The board or answer may also have been removed.'],
      405: ['That action is not available', 'This address does not accept that kind of request.'],
      406: ['That format is not available', 'This address cannot answer in the format asked for.'],
      409: ['That cannot be done now', 'The thing you tried to change has changed in the meantime.'],
      413: ['That is too much to send', 'The request was larger than this website accepts. Shorten it and try again.'],
      414: ['That address is too long', 'Shorten the web address and try again.'],
      415: ['That kind of content is not accepted', 'Send the form from this website, or send JSON to the API.'],
      422: ['Check what you entered', 'Some of what was sent could not be accepted.'],
      429: ['Too many requests', 'Wait a minute and try again.'],
      500: ['Sorry, there is a problem with the service', 'Try again later. Nothing you already saved has been lost.'],
    } as Record<number, readonly [string, string]>,
    invalidJson: 'The request body is not valid JSON.',
    emptyJson: 'The request body is empty: send a JSON object.',
    badContentLength: 'The Content-Length header does not match the body.',
    homeLink: 'Go to the list of boards',
    code: (status: number) => `Error code ${status}`,
  },
};
