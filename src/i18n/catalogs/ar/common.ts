import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common: Translation<typeof english> = {
  'common.appTitle': 'مشاركة الملفات',
  'common.signIn': 'تسجيل الدخول',
  'common.signOut': 'تسجيل الخروج',
  'common.signingIn': 'جارٍ تسجيل دخولك…',
  'common.signInProblem': 'مشكلة في تسجيل الدخول',
  'common.welcomeTitle': 'مشاركة الملفات من OneDrive وSharePoint',
  'common.welcomeBody': 'سجّل الدخول بحساب العمل لعرض ملفاتك ومشاركتها مع زملائك.',
  'common.loading': 'جارٍ التحميل…',
};
