import 'i18next';
import type enCommon from '../../locales/en/common.json';
import type enWorkbook from '../../locales/en/workbook.json';
import type enNetRules from '../../locales/en/netRules.json';
import type enGrownUps from '../../locales/en/grownUps.json';
import type enProfiles from '../../locales/en/profiles.json';
import type enClassroom from '../../locales/en/classroom.json';
import type enPrintables from '../../locales/en/printables.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof enCommon;
      workbook: typeof enWorkbook;
      netRules: typeof enNetRules;
      grownUps: typeof enGrownUps;
      profiles: typeof enProfiles;
      classroom: typeof enClassroom;
      printables: typeof enPrintables;
    };
  }
}
