/** Crosscheck's Firefox add-on id (browser_specific_settings.gecko.id); the Firefox tests use it too. */
export const GECKO_ID = 'crosscheck@crosscheck.invalid';
