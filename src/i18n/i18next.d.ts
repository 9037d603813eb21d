import 'i18next';
import type enCommon from '../../locales/en/common.json';
import type enWorkbook from '../../locales/en/workbook.json';
import type enNetRules from '../../locales/en/netRules.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof enCommon; workbook: typeof enWorkbook; netRules: typeof enNetRules };
  }
}
