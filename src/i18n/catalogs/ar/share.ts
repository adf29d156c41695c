import type { share as english } from '../en/share';
import type { Translation } from '../translation';

// Counts use all six Arabic plural forms: zero, one, two, few (3–10), many (11–99) and other (100+).
export const share: Translation<typeof english> = {
  'share.dialog.title': 'مشاركة «{name}»',
  'share.dialog.label': 'مشاركة «{name}»',
  'share.dialog.manageTitle': 'إدارة الوصول إلى «{name}»',
  'share.dialog.manageAccess': 'إدارة الوصول',
  'share.dialog.backToSharing': 'العودة إلى المشاركة',
  'share.dialog.close': 'إغلاق',
  'share.dialog.done': 'تم',
  'share.dialog.shareAgain': 'المشاركة مع آخرين',
  'share.dialog.send': 'إرسال',
  'share.dialog.sending': 'جارٍ الإرسال…',
  'share.dialog.cancel': 'إلغاء',
  'share.dialog.crashBody': 'واجه مربع حوار المشاركة مشكلة. كل ما كتبته محفوظ؛ حاول مرة أخرى للمتابعة.',
  'share.dialog.tryAgain': 'حاول مرة أخرى',

  'share.form.notShared': 'لم تتم المشاركة',
  'share.form.permission': 'الإذن',
  'share.form.requireSignIn': 'طلب تسجيل الدخول',
  'share.form.sendInvitation': 'إرسال دعوة بالبريد الإلكتروني',
  'share.form.message': 'الرسالة',
  'share.form.messageHint': 'اختياري. تُضمَّن في رسالة الدعوة الإلكترونية.',
  'share.form.messageHintOff': 'شغّل «إرسال دعوة بالبريد الإلكتروني» لإضافة رسالة.',
  'share.form.messageCounter': '{count, number} من {limit, number}',
  'share.form.messageTooLong':
    'تتجاوز الرسالة الحد المسموح به وهو {limit, number} بمقدار {over, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}. اختصرها لتتمكن من إرسالها.',

  'share.options.checking': 'جارٍ التحقق من طريقة مشاركة هذا العنصر…',
  'share.options.readFailed': 'تعذّرت قراءة هذا العنصر',
  'share.options.cannotShare': 'لا يمكن مشاركة هذا العنصر',
  'share.options.rootNotShareable':
    'هذا هو المجلد العلوي في OneDrive شخصي، ولا تسمح Microsoft بمشاركته. شارك مجلدًا أو ملفًا بداخله بدلًا من ذلك.',
  'share.options.passwordUnavailable':
    'لا يمكن تعيين كلمات المرور إلا على OneDrive الشخصي (OneDrive للمنزل)، وليس على ملفات العمل أو المؤسسة التعليمية.',
  'share.options.expiresUnavailable':
    'في OneDrive للعمل أو المؤسسة التعليمية وفي SharePoint، تنطبق تواريخ انتهاء الصلاحية على روابط المشاركة فقط، وليس على الدعوات.',
  'share.options.signInAlwaysForFolders':
    'يجب على الأشخاص المدعوين إلى مجلد تسجيل الدخول دائمًا؛ إذ ترفض Microsoft دعوات المجلدات دون تسجيل الدخول.',
  'share.options.expires': 'تاريخ الانتهاء',
  'share.options.expiresHint':
    'اختياري. ينتهي الوصول بعد هذا اليوم. لا تطبّقه Microsoft إلا على OneDrive المميز (Microsoft 365 الشخصي أو العائلي).',
  'share.options.never': 'لا ينتهي',
  'share.options.notAvailable': 'غير متاح',
  'share.options.pickFutureDate': 'اختر تاريخًا بعد اليوم.',
  'share.options.password': 'كلمة المرور',
  'share.options.passwordHint': 'اختياري. يجب على الأشخاص إدخالها لفتح العنصر.',

  'share.calendar.goToToday': 'الانتقال إلى اليوم',
  'share.calendar.previousMonth': 'الانتقال إلى الشهر السابق',
  'share.calendar.nextMonth': 'الانتقال إلى الشهر التالي',
  'share.calendar.previousYear': 'الانتقال إلى السنة السابقة',
  'share.calendar.nextYear': 'الانتقال إلى السنة التالية',
  'share.calendar.previousYearRange': 'نطاق السنوات السابق',
  'share.calendar.nextYearRange': 'نطاق السنوات التالي',
  'share.calendar.close': 'إغلاق منتقي التاريخ',
  'share.calendar.weekNumber': 'رقم الأسبوع {week}',
  'share.calendar.selectedDate': 'التاريخ المحدد {date}',
  'share.calendar.todayDate': 'تاريخ اليوم {date}',
  'share.calendar.changeYear': '{period}، تغيير السنة',
  'share.calendar.changeMonth': '{period}، تغيير الشهر',
  'share.calendar.marked': 'مُعلَّم',

  'share.recipients.label': 'المستلمون',
  'share.recipients.hint': 'اكتب أسماء أو عناوين بريد إلكتروني، أو الصق قائمة؛ واضغط Enter أو فاصلة أو فاصلة منقوطة بعد كل منها.',
  'share.recipients.placeholder': 'الاسم أو name@contoso.com',
  'share.recipients.selected': 'المستلمون المحددون',
  'share.recipients.suggested': 'المستلمون المقترحون',
  'share.recipients.group': 'مجموعة',
  'share.recipients.external': 'خارجي',
  'share.recipients.outside': 'من خارج مؤسستك',
  'share.recipients.chipHint': '{details}. اضغط Enter للإزالة.',
  'share.recipients.unreadableHint': 'تعذّرت القراءة: {reason} اضغط Enter للتحرير، أو Delete للإزالة.',
  'share.recipients.unreadableCount':
    '{count, plural, zero {تعذّرت قراءة # إدخال} one {تعذّرت قراءة إدخال واحد} two {تعذّرت قراءة إدخالين} few {تعذّرت قراءة # إدخالات} many {تعذّرت قراءة # إدخالًا} other {تعذّرت قراءة # إدخال}}. حدّد أحدها لإصلاحه، أو أزِله.',
  'share.recipients.cap':
    'يمكنك المشاركة مع {cap, plural, zero {# مستلم} one {مستلم واحد} two {مستلمَين} few {# مستلمين} many {# مستلمًا} other {# مستلم}} كحد أقصى في المرة الواحدة. أزِل {over, plural, zero {# مستلم} one {مستلمًا واحدًا} two {مستلمَين} few {# مستلمين} many {# مستلمًا} other {# مستلم}} لتتمكن من الإرسال، ثم شارك مع البقية بعد ذلك.',
  'share.recipients.suggestionsFailed': 'تعذّر تحميل بعض الاقتراحات (رمز الخطأ {codes})؛ لا يزال بإمكانك كتابة العناوين كاملة.',
  'share.recipients.domainsFailed': 'تعذّر التحقق من العناوين الموجودة خارج مؤسستك (رمز الخطأ {codes}).',
  'share.recipients.unknownErrorCode': 'خطأ غير معروف',
  'share.recipients.suggestionCount':
    '{count, plural, zero {لا توجد اقتراحات} one {اقتراح واحد} two {اقتراحان} few {# اقتراحات} many {# اقتراحًا} other {# اقتراح}}',
  'share.recipients.noSuggestions': 'لا توجد اقتراحات لـ «{query}»',
  'share.recipients.more': '+{count, number} آخرون',
  'share.recipients.showMore':
    'عرض {count, plural, zero {لا أحد} one {مستلم واحد آخر} two {مستلمَين آخرَين} few {# مستلمين آخرين} many {# مستلمًا آخر} other {# مستلم آخر}}',
  'share.recipients.addedOne': 'تمت إضافة {name}.',
  'share.recipients.addedMany':
    'تمت إضافة {count, plural, zero {# مستلم} one {مستلم واحد} two {مستلمَين} few {# مستلمين} many {# مستلمًا} other {# مستلم}}.',
  'share.recipients.unreadableAdded':
    '{count, plural, zero {تعذّرت قراءة # إدخال} one {تعذّرت قراءة إدخال واحد} two {تعذّرت قراءة إدخالين} few {تعذّرت قراءة # إدخالات} many {تعذّرت قراءة # إدخالًا} other {تعذّرت قراءة # إدخال}}.',
  'share.recipients.duplicates':
    '{count, plural, zero {كان # إدخال مكرر موجودًا في القائمة بالفعل} one {كان إدخال مكرر واحد موجودًا في القائمة بالفعل} two {كان إدخالان مكرران موجودَين في القائمة بالفعل} few {كانت # إدخالات مكررة موجودة في القائمة بالفعل} many {كان # إدخالًا مكررًا موجودًا في القائمة بالفعل} other {كان # إدخال مكرر موجودًا في القائمة بالفعل}}.',
  'share.recipients.alreadyAdded': '{name} موجود بالفعل ضمن المستلمين.',
  'share.recipients.removed': 'تمت إزالة {name}.',
  'share.recipients.editing': 'جارٍ تحرير {text}.',

  'share.parse.unclosedQuote': 'علامات الاقتباس في «{entry}» غير مغلقة.',
  'share.parse.nameOnly': '«{entry}» اسم بدون عنوان بريد إلكتروني.',
  'share.parse.textBetween': 'يحتوي «{entry}» على نص بين الاسم والعنوان.',
  'share.parse.needsBrackets': 'يجب أن يأتي العنوان في «{entry}» بين قوسين زاويين بعد الاسم، مثل {example}.',
  'share.parse.strayBrackets': 'يحتوي «{entry}» على أقواس زاوية لا تحيط بعنوان.',
  'share.email.empty': 'اكتب عنوان بريد إلكتروني.',
  'share.email.space': 'يحتوي «{address}» على مسافة، ولا يمكن أن يحتوي عنوان البريد الإلكتروني على مسافات.',
  'share.email.noAt': 'ينقص «{address}» الرمز @، مثل name@contoso.com.',
  'share.email.manyAt': 'يحتوي «{address}» على أكثر من رمز @ واحد.',
  'share.email.noLocalPart': 'ينقص «{address}» الاسم الذي يسبق @.',
  'share.email.noDomain': 'ينقص «{address}» المجال الذي يلي @.',
  'share.email.tooLong':
    '«{address}» أطول من الحد الأقصى لطول العنوان وهو {max, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}.',
  'share.email.localTooLong':
    'الجزء الذي يسبق @ في «{address}» أطول من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.',
  'share.email.localCharacters': 'يحتوي الجزء الذي يسبق @ في «{address}» على أحرف لا يمكن أن يتضمنها عنوان بريد إلكتروني.',
  'share.email.localDots': 'لا يمكن أن يبدأ الجزء الذي يسبق @ في «{address}» بنقطة أو ينتهي بها، ولا أن يحتوي على نقطتين متتاليتين.',
  'share.email.domainNoDot': 'يحتاج المجال «{domain}» إلى نقطة، مثل contoso.com.',
  'share.email.domainEmptyPart': 'يحتوي المجال «{domain}» على جزء فارغ بين نقطتين.',
  'share.email.domainCharacters': 'يحتوي المجال «{domain}» على أحرف لا يمكن أن يتضمنها اسم مجال.',
  'share.email.domainNumeric': 'يجب أن ينتهي المجال «{domain}» باسم، وليس برقم.',

  'share.external.title': 'هل تريد المشاركة خارج مؤسستك؟',
  'share.external.body':
    '{count, plural, zero {هؤلاء المستلمون وعددهم # من خارج مؤسستك وسيحصلون على حق الوصول أيضًا:} one {هذا المستلم من خارج مؤسستك وسيحصل على حق الوصول أيضًا:} two {هذان المستلمان من خارج مؤسستك وسيحصلان على حق الوصول أيضًا:} few {هؤلاء المستلمون وعددهم # من خارج مؤسستك وسيحصلون على حق الوصول أيضًا:} many {هؤلاء المستلمون وعددهم # من خارج مؤسستك وسيحصلون على حق الوصول أيضًا:} other {هؤلاء المستلمون وعددهم # من خارج مؤسستك وسيحصلون على حق الوصول أيضًا:}}',
  'share.external.list': 'المستلمون من خارج مؤسستك',
  'share.external.confirm': 'المشاركة معهم',
  'share.external.back': 'رجوع',

  'share.outcome.shared':
    'تمت مشاركة «{name}» مع {count, plural, zero {# شخص} one {شخص واحد} two {شخصين} few {# أشخاص} many {# شخصًا} other {# شخص}}{notNotified, plural, =0 {} one {؛ ولم يُبلَّغ شخص واحد} two {؛ ولم يُبلَّغ شخصان} few {؛ ولم يُبلَّغ # أشخاص} many {؛ ولم يُبلَّغ # شخصًا} other {؛ ولم يُبلَّغ # شخص}}{failed, plural, =0 {} one {؛ وتعذّرت إضافة شخص واحد} two {؛ وتعذّرت إضافة شخصين} few {؛ وتعذّرت إضافة # أشخاص} many {؛ وتعذّرت إضافة # شخصًا} other {؛ وتعذّرت إضافة # شخص}}.',
  'share.outcome.notShared':
    'لم تتم مشاركة «{name}» مع {count, plural, zero {# شخص} one {شخص واحد} two {شخصين} few {# أشخاص} many {# شخصًا} other {# شخص}}.',
  'share.outcome.retryFailed': 'لم تنجح إعادة المحاولة',
  'share.outcome.retry': 'إعادة المحاولة',
  'share.outcome.retrying': 'جارٍ إعادة المحاولة…',
  'share.outcome.retryHint':
    'يعيد الإرسال فقط إلى {count, plural, zero {الأشخاص المذكورين أعلاه الذين لم تنجح مشاركتهم بالكامل} one {الشخص المذكور أعلاه الذي لم تنجح مشاركته بالكامل} two {الشخصين المذكورين أعلاه اللذين لم تنجح مشاركتهما بالكامل} few {الأشخاص الـ# المذكورين أعلاه الذين لم تنجح مشاركتهم بالكامل} many {الأشخاص الـ# المذكورين أعلاه الذين لم تنجح مشاركتهم بالكامل} other {الأشخاص الـ# المذكورين أعلاه الذين لم تنجح مشاركتهم بالكامل}}.',
  'share.notification.accountVerificationRequired': 'يجب التحقق من حسابك قبل أن يرسل Microsoft 365 رسائل المشاركة الإلكترونية نيابةً عنك.',
  'share.notification.hipCheckRequired': 'يريد Microsoft 365 التأكد من أنك لست روبوتًا قبل أن يرسل مزيدًا من رسائل المشاركة الإلكترونية.',
  'share.notification.exchangeInvalidUser': 'تعذّر العثور على صندوق بريدك، لذلك لم تُرسَل رسالة الدعوة الإلكترونية.',
  'share.notification.exchangeOutOfMailboxQuota': 'صندوق بريدك ممتلئ، لذلك لم تُرسَل رسالة الدعوة الإلكترونية. أفرغ بعض المساحة، ثم أعد المحاولة.',
  'share.notification.exchangeMaxRecipients': 'تم إبلاغ عدد كبير جدًا من الأشخاص دفعة واحدة. أعد المحاولة لإبلاغ البقية.',
  'share.notification.other': 'لديهم حق الوصول، لكن تعذّر إرسال رسالة الدعوة الإلكترونية. أعد المحاولة، أو أرسل إليهم الرابط بنفسك.',
  'share.outcome.list': 'الأشخاص الذين دعوتهم',
  'share.outcome.signInRequired': 'يلزم تسجيل الدخول',
  'share.outcome.signInNotRequired': 'لا يلزم تسجيل الدخول',
  'share.outcome.emailSent': 'تم إرسال البريد الإلكتروني',
  'share.outcome.noEmail': 'لا بريد إلكتروني (لم يُطلب)',
  'share.outcome.notNotified': 'لم يتم إبلاغه',
  'share.outcome.fixIt': 'إصلاح هذه المشكلة (يفتح في علامة تبويب جديدة)',
  'share.outcome.notSharedStatus': 'لم تتم المشاركة',
  'share.outcome.notSharedReason': 'لم يمنح Microsoft 365 هذا الشخص حق الوصول. تحقق من العنوان، ثم أعد المحاولة.',
  'share.outcome.details': 'التفاصيل',
  'share.outcome.permissionId': 'معرّف الإذن: {id}',
};
