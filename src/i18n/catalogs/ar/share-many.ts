import type { shareMany as english } from '../en/share-many';
import type { Translation } from '../translation';

export const shareMany: Translation<typeof english> = {
  'share.many.title': 'مشاركة {count, plural, zero {لا عناصر} one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}',
  'share.many.itemList': 'العناصر المراد مشاركتها',
  'share.many.firstItems': '{names} و{count, plural, zero {لا غير} one {عنصر آخر} two {عنصران آخران} few {# عناصر أخرى} many {# عنصرًا آخر} other {# عنصر آخر}}',
  'share.many.showItems': 'عرض {count, plural, zero {لا عناصر} one {العنصر} two {العنصرين} few {العناصر الـ#} many {العناصر الـ#} other {العناصر الـ#}}',
  'share.many.hideItems': 'إخفاء القائمة',
  'share.many.checking': 'جارٍ التحقق من العناصر…',
  'share.many.checkFailed': 'تعذر التحقق من العناصر',
  'share.many.signInForFolders': 'لا يمكن مشاركة المجلدات إلا مع أشخاص يسجّلون الدخول، لذا يلزم تسجيل الدخول لكل العناصر.',
  'share.many.passwordOnlyPersonal': 'لا يمكن تعيين كلمة مرور إلا إذا كانت كل العناصر على OneDrive شخصي.',
  'share.many.unshareable':
    '{count, plural, zero {لن يُستبعد شيء} one {لن تتم مشاركة عنصر واحد} two {لن تتم مشاركة عنصرين} few {لن تتم مشاركة # عناصر} many {لن تتم مشاركة # عنصرًا} other {لن تتم مشاركة # عنصر}}',
  'share.many.unshareableSent':
    '{count, plural, zero {لم يُستبعد شيء} one {لم تتم مشاركة عنصر واحد} two {لم تتم مشاركة عنصرين} few {لم تتم مشاركة # عناصر} many {لم تتم مشاركة # عنصرًا} other {لم تتم مشاركة # عنصر}}',
  'share.many.unreadable': 'تعذرت قراءته (الخطأ {code}).',
  'share.many.progress':
    'تمت مشاركة {done, number} من {total, plural, zero {لا عناصر} one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}',
  'share.many.stopping': 'سيتوقف الإرسال بعد الدفعات المرسلة بالفعل…',
  'share.many.summary':
    'تمت مشاركة {shared, number} من {total, plural, zero {لا عناصر} one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}.',
  'share.many.problems':
    '{partial, plural, =0 {} other {مشاركة جزئية: {partial, number}.}}{failed, plural, =0 {} other { لم تتم المشاركة: {failed, number}.}}{notSent, plural, =0 {} other { لم يُرسل: {notSent, number}.}}',
  'share.many.outcomes': 'النتيجة لكل عنصر',
  'share.many.status.shared': 'تمت المشاركة',
  'share.many.status.partial': 'مشاركة جزئية',
  'share.many.status.failed': 'لم تتم المشاركة',
  'share.many.status.not-sent': 'لم يُرسل (أُلغي)',
  'share.many.unknown':
    'فُقد رد Microsoft Graph وتعذرت قراءة حق الوصول مرة أخرى: قد تكون المشاركة تمت وقد لا تكون، لذا لن يُرسل مرة أخرى. تعرض «إدارة الوصول» من لديه حق الوصول.',
  'share.many.error': 'الخطأ {code}، معرّف الطلب {requestId}',
  'share.many.retryFailed': 'إعادة محاولة ما فشل',
  'share.many.retryHint':
    'يعيد إرسال {count, plural, zero {لا شيء} one {العنصر الذي لم تكتمل مشاركته} two {العنصرين اللذين لم تكتمل مشاركتهما} few {العناصر الـ# التي لم تكتمل مشاركتها} many {العناصر الـ# التي لم تكتمل مشاركتها} other {العناصر الـ# التي لم تكتمل مشاركتها}} فقط، وإلى من فاتهم فقط.',
  'share.many.expiresOnlyPersonal': 'لا يمكن تعيين تاريخ انتهاء إلا عندما تكون كل العناصر على OneDrive شخصي.',
  'share.many.backToOutcome': 'العودة إلى النتيجة',
};
