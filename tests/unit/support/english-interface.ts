// Every unit test file starts with the English interface, read from public/_locales/en as the
// browser reads it; a test of another language calls useLocale() and goes back in afterEach.
import { useLocale } from './catalogues';

useLocale('en');
