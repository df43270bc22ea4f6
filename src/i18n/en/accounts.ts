// Strings of src/accounts/ (see catalogue.ts): signing up, joining a board, signing in, the account page.
// The facilitator area is served in English for now (docs/TRANSLATION.md); cy/accounts.ts holds this object until translated.
const asRole = (role: string) => (role === 'owner' ? 'an owner' : 'a moderator');

export const accounts = {
  invited: (boardTitle: string, role: string) => `You are invited to “${boardTitle}” as ${asRole(role)}.`,
  newPasswordHint: (min: number) =>
    `At least ${min} characters. A few unrelated words make a strong password that is easy to remember. You can paste from a password manager.`,
  join: {
    title: 'Join a board',
    button: (name: string) => `Join as ${name}`,
  },
  setup: {
    title: 'Create your facilitator account',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
    thenOpenAgain: ', then open this link again.',
    intro: 'Facilitators create boards, read answers before they are published, and look after the people who write them.',
    fixedEmail: 'Email address:',
    email: 'Email address',
    emailHint: 'You sign in with it.',
    name: 'Your name',
    nameHint: 'Shown to other facilitators of your boards, never to the public.',
    password: 'Create a password',
    submit: 'Create account',
  },
  linkNotValid: {
    title: 'This link cannot be used',
    lead: 'Sign-up links work once, for a day. This one has been used or has expired.',
    askBefore: 'Ask whoever runs this Roundtable for a new link, or',
    signInLink: 'sign in',
    askAfter: 'if you already have an account.',
  },
  signIn: {
    title: 'Sign in',
    intro: 'For facilitators and moderators of boards. You do not need an account to answer a question.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signedOut: 'You have signed out.',
  },
  account: {
    title: 'Your account',
    changeHeading: 'Change your password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    changeSubmit: 'Change password',
    changed: 'Your password has been changed. Every other session has been signed out.',
    everywhereHeading: 'Sign out everywhere',
    everywhereText:
      'Signs you out on every device and browser, including this one. Use it if you signed in on a shared computer or think someone else knows your password.',
    everywhereSubmit: 'Sign out everywhere',
  },
  errors: {
    signInEmpty: 'Enter your email address and password',
    signInWrong: 'The email address or password is not right',
    signInRateLimited: 'Too many attempts to sign in from here: wait 15 minutes, then try again',
    emailFormat: 'Enter an email address in the correct format, like name@example.com',
    emailTaken: 'There is already an account with this email address: sign in instead',
    nameEmpty: 'Enter your name',
    nameTooLong: 'Your name must be 80 characters or fewer',
    currentPasswordWrong: 'Your current password is not right',
    passwordEmpty: 'Enter a password',
    passwordTooShort: (min: number) => `Your password must be at least ${min} characters`,
    passwordTooLong: (max: number) => `Your password must be ${max} characters or fewer`,
    passwordCommon: 'That password is one of the most common: choose one that is harder to guess',
  },
};
