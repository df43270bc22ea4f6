// The kinds of identifying detail findIdentifying looks for, the spans it returns, and how each kind is named to
// people. Its own file so identifying.ts and the matchers in identifying.patterns.ts can both use it.
export type IdentifyingKind = 'phone' | 'email' | 'url' | 'nhs-number' | 'ni-number' | 'postcode' | 'date' | 'handle' | 'name';

/** UTF-16 offsets into the text given; spans never overlap and come sorted by start. */
export interface IdentifyingSpan {
  kind: IdentifyingKind;
  start: number;
  end: number;
}

/** How each kind is named to people; kinds are listed to them in this order (identifyingKinds). */
export const identifyingLabels: Record<IdentifyingKind, { singular: string; plural: string; placeholder: string }> = {
  phone: { singular: 'a phone number', plural: 'phone numbers', placeholder: '[phone]' },
  email: { singular: 'an email address', plural: 'email addresses', placeholder: '[email]' },
  url: { singular: 'a web address', plural: 'web addresses', placeholder: '[link]' },
  'nhs-number': { singular: 'an NHS number', plural: 'NHS numbers', placeholder: '[NHS number]' },
  'ni-number': { singular: 'a National Insurance number', plural: 'National Insurance numbers', placeholder: '[NI number]' },
  postcode: { singular: 'a postcode', plural: 'postcodes', placeholder: '[postcode]' },
  date: { singular: 'a date', plural: 'dates', placeholder: '[date]' },
  handle: { singular: 'a social media handle', plural: 'social media handles', placeholder: '[handle]' },
  name: { singular: 'a name', plural: 'names', placeholder: '[name]' },
};
