import type { embed as english } from '../en/embed';
import type { Translation } from '../translation';

export const embed: Translation<typeof english> = {
  'embed.gate.title': 'المشاركة مع أشخاص',
  'embed.signIn.body': 'سجّل الدخول بحساب العمل لمشاركة هذا العنصر. ستُفتح نافذة لتسجيل الدخول.',
  'embed.signIn.bodyMany': 'سجّل الدخول بحساب العمل لمشاركة هذه العناصر. ستُفتح نافذة لتسجيل الدخول.',
  'embed.openingMany': 'جارٍ فتح {count, plural, zero {لا عناصر} one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}…',
  'embed.many.unresolved':
    '{count, plural, zero {لم يتعذّر فتح أي عنصر} one {تعذّر فتح عنصر واحد ولن تتم مشاركته} two {تعذّر فتح عنصرين ولن تتم مشاركتهما} few {تعذّر فتح # عناصر ولن تتم مشاركتها} many {تعذّر فتح # عنصرًا ولن تتم مشاركتها} other {تعذّر فتح # عنصر ولن تتم مشاركتها}}',
  'embed.many.unresolvedSent':
    '{count, plural, zero {لم يتعذّر فتح أي عنصر} one {تعذّر فتح عنصر واحد ولم تتم مشاركته} two {تعذّر فتح عنصرين ولم تتم مشاركتهما} few {تعذّر فتح # عناصر ولم تتم مشاركتها} many {تعذّر فتح # عنصرًا ولم تتم مشاركتها} other {تعذّر فتح # عنصر ولم تتم مشاركتها}}',
  'embed.many.openFailed': 'تعذّر فتح العناصر',
  'embed.many.notFound': 'لا يوجد شيء هنا: ربما نُقل أو حُذف أو أُعيدت تسميته.',
  'embed.many.accessDenied': 'ليس لديك حق الوصول إليه.',
  'embed.opening': 'جارٍ فتح العنصر…',
  'embed.waiting': 'جارٍ الاتصال بالبوابة…',
  'embed.error.title': 'تعذّر فتح العنصر',
  'embed.error.noTarget': 'لم تحدّد البوابة العنصر المطلوب مشاركته.',
  'embed.error.initTimeout': 'لم ترسل البوابة إعدادات مربع الحوار. أغلقه وحاول مرة أخرى.',
  'embed.error.tokenRejectedTitle': 'لم يقبل Microsoft 365 تسجيل الدخول الذي قدّمته البوابة',
  'embed.error.tokenRejected':
    'رفض Microsoft 365 مرتين الوصول الذي منحته البوابة لمربع الحوار هذا. أغلق مربع الحوار، وسجّل الدخول إلى البوابة مرة أخرى إذا طلبت ذلك، ثم حاول مجددًا.',
  'embed.refused.title': 'لا يمكن عرض مربع حوار المشاركة هنا',
  'embed.refused.body': 'لا يُفتح إلا داخل البوابات التي سمح بها المسؤول لديك.',
  'embed.closed.body': 'تم إغلاق مربع حوار المشاركة.',
  'embed.closed.reopen': 'فتحه مرة أخرى',
  'embed.close': 'إغلاق',
  'embed.cancel': 'إلغاء',
};
