import { defineMessages } from '../i18n/messages.js';

/** What a person is told when the database cannot be reached (StoreUnavailableError). */
export const storeMessage = defineMessages({
  sv: {
    unavailable:
      'Registret kan inte nås just nu: databasen svarar inte. Ingenting sparades eller ändrades. Försök igen om en stund; frågor om dokumenten går att ställa under tiden.',
  },
  en: {
    unavailable:
      'The register cannot be reached right now: the database is not answering. Nothing was saved or changed. Please try again in a moment; questions about the documents can still be asked meanwhile.',
  },
});
