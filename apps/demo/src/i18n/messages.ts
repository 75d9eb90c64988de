/**
 * Every text the playground shows, in English and Arabic, as one table: a key per text, the same
 * keys in both languages (the type makes a missing Arabic text a compile error). Texts with a
 * value take it as `{name}`. Names of document kinds, environments, CSR fields and codes come from
 * core's bilingual tables instead.
 */

const en = {
  appTitle: 'Fatoora playground',
  appTagline: 'ZATCA e-invoicing (Phase 2) in your browser: keys, CSIDs, signed invoices, QR codes.',
  language: 'العربية',
  languageLabel: 'Switch to Arabic',
  target: 'Platform: {name}',
  targetSimulator: 'embedded simulator',
  navLabel: 'Pages',
  navOnboarding: 'Onboarding',
  navIssue: 'Issue',
  navChain: 'Chain & outbox',
  navInspector: 'Inspector',
  navBehaviours: 'Platform behaviours',
  loading: 'Opening the EGS unit…',
  openFailed: 'The EGS unit could not be opened: {message}',
  notOnboarded: 'Onboard the EGS unit first.',
  goOnboard: 'Go to onboarding',

  onboardingTitle: 'Onboard an EGS unit',
  onboardingIntro:
    'The key is generated in this browser and kept in IndexedDB with the unit. The CSR goes to the platform with a one-time password (OTP); six compliance documents follow, then the production CSID.',
  unitFieldset: 'The unit (CSR fields)',
  invoiceType1100: 'Standard and simplified (1100)',
  invoiceType1000: 'Standard only (1000)',
  invoiceType0100: 'Simplified only (0100)',
  otpHint: 'From the Fatoora portal. With the simulator, get one below.',
  mintOtp: 'Get an OTP from the simulator',
  onboarded: 'Onboarded. The production CSID expires on {date}.',
  exportKey: 'Export key',
  exportKeyHint: 'The private key never leaves this browser unless you export it.',
  resetUnit: 'Start over with a new unit',
  resetConfirm: 'Delete this unit, its key and its documents from this browser?',

  issueTitle: 'Issue an invoice',
  issueIntro:
    'Edit the sample, then sign it with the unit’s key: standard documents are cleared at once, simplified ones wait in the outbox until they are reported.',
  supplyDate: 'Supply date',
  issue: 'Sign and issue',
  issuing: 'Signing and submitting…',
  resultTitle: 'Issued: {id}',
  stateCleared: 'Cleared by ZATCA',
  stateReported: 'Reported to ZATCA',
  statePending: 'Signed, waiting to be reported',
  stateRejected: 'Rejected by ZATCA',
  reportNow: 'Report now',
  reporting: 'Reporting…',
  icv: 'ICV',
  uuid: 'UUID',
  invoiceHash: 'Invoice hash',
  pih: 'Previous invoice hash (PIH)',
  deadline: 'Report by',
  qrTitle: 'QR code',
  signedXml: 'Signed XML',
  clearedXml: 'Cleared XML (stamped by ZATCA)',
  downloadXml: 'Download XML',
  openInInspector: 'Open in the inspector',

  chainTitle: 'Chain and outbox',
  chainHead: 'Chain head: ICV {icv}',
  chainTable: 'Issued documents',
  documentId: 'Number',
  kind: 'Kind',
  state: 'State',
  issuedAt: 'Issued',
  noDocuments: 'Nothing issued yet.',
  outboxTitle: 'Outbox',
  outboxEmpty: 'Nothing waiting: every document reached ZATCA.',
  attempts: 'Attempts',
  lastError: 'Last error',
  overdue: 'overdue',
  timeLeft: '{hours} h {minutes} min left',
  drain: 'Send the outbox',
  draining: 'Sending…',
  drained: 'Sent {settled}; {remaining} still waiting.',
  outage: 'Simulate an outage (next 3 calls fail)',
  outageOn: 'The simulator will fail the next 3 calls.',
  endOutage: 'End the outage',

  inspectorTitle: 'Invoice inspector',
  inspectorIntro:
    'Paste a signed invoice: the inspector checks what the platform checks — the hash, the signature, the QR, the PIH and the business rules — and says why it would be rejected. Passing here is the demo’s own check, never ZATCA’s decision.',
  xmlLabel: 'Invoice XML',
  pihLabel: 'Expected PIH (optional)',
  inspect: 'Inspect',
  loadLast: 'Load the last issued invoice',
  verdictRejected: 'Would be rejected',
  verdictAccepted: 'Passes these checks',
  verdictWarnings: 'Passes, with warnings',
  issuerAnchored: 'Signature consistent — issuer checked against the simulator’s CA ({subject}).',
  issuerUntrusted:
    'Signature consistent, but the issuer check failed: the certificate was not issued by the simulator’s CA, or was not valid when the document was signed (see the findings).',
  issuerNotCheckedRemote:
    'Signature consistent — issuer NOT checked: the demo has no copy of ZATCA’s CA certificate, so a certificate from a look-alike CA would pass as well.',
  issuerNotChecked:
    'Signature consistent — issuer NOT checked: the platform’s CA certificate could not be read.',
  issuerPending: 'Signature consistent — issuer not checked yet: the simulator’s CA certificate is loading.',
  signatureInconsistent: 'Signature NOT consistent with the document — see the findings below.',
  signatureChecks: 'Hash, signature and QR',
  ruleChecks: 'Business rules',
  noFindings: 'No finding.',
  computedHash: 'Computed hash',
  notXml: 'This is not an invoice the inspector can read: {message}',
  error: 'Error',
  warning: 'Warning',

  behavioursTitle: 'Platform behaviours',
  behavioursIntro:
    'ZATCA’s documents leave some of the platform’s behaviour unsettled: which status a repeated clearance gets, how an early production CSID request is refused, and more. The embedded simulator makes each one a switch, at the default the project’s notes on the API give. Change one here and the simulator’s next call follows it. The flag --behaviour name=value of fatoora simulator, and of this demo’s server, sets the same switches at start.',
  behavioursEnglish: 'The questions, values and sources below come from the simulator’s table, in English.',
  behavioursRemote:
    'These switches exist only in the embedded simulator. The demo talks to ZATCA’s {name} environment, which behaves as ZATCA made it: there is nothing to switch.',
  behavioursLoading: 'Reading the simulator’s behaviours…',
  behavioursRestore: 'Restore every default',
  behavioursRestored: 'Every behaviour is back at its default.',
  behaviourChanged: '{name} is now {value}.',
  behaviourDefault: 'default',
  behaviourCurrent: 'Current setting',
  behaviourAtDefault: 'the default',
  behaviourOffDefault: 'changed; the default is {value}',
  behaviourSource: 'Sources',
  behaviourText: 'Text',
  behaviourApply: 'Apply',
} as const;

/** A text's key. */
export type MessageKey = keyof typeof en;

const ar: Record<MessageKey, string> = {
  appTitle: 'ملعب فاتورة',
  appTagline:
    'الفوترة الإلكترونية (المرحلة الثانية) في متصفحك: المفاتيح، شهادات CSID، الفواتير الموقعة، رموز QR.',
  language: 'English',
  languageLabel: 'التبديل إلى الإنجليزية',
  target: 'المنصة: {name}',
  targetSimulator: 'المحاكي المدمج',
  navLabel: 'الصفحات',
  navOnboarding: 'التسجيل',
  navIssue: 'إصدار',
  navChain: 'السلسلة وصندوق الإرسال',
  navInspector: 'الفاحص',
  navBehaviours: 'سلوكيات المنصة',
  loading: 'جارٍ فتح وحدة الفوترة…',
  openFailed: 'تعذر فتح وحدة الفوترة: {message}',
  notOnboarded: 'سجّل وحدة الفوترة أولاً.',
  goOnboard: 'الانتقال إلى التسجيل',

  onboardingTitle: 'تسجيل وحدة فوترة',
  onboardingIntro:
    'يُنشأ المفتاح في هذا المتصفح ويُحفظ مع الوحدة في IndexedDB. يُرسل طلب الشهادة إلى المنصة مع رمز التحقق لمرة واحدة (OTP)، ثم ست وثائق امتثال، ثم شهادة الإنتاج.',
  unitFieldset: 'الوحدة (حقول طلب الشهادة)',
  invoiceType1100: 'قياسية ومبسطة (1100)',
  invoiceType1000: 'قياسية فقط (1000)',
  invoiceType0100: 'مبسطة فقط (0100)',
  otpHint: 'من بوابة فاتورة. مع المحاكي، احصل عليه أدناه.',
  mintOtp: 'الحصول على رمز من المحاكي',
  onboarded: 'تم التسجيل. تنتهي شهادة الإنتاج في {date}.',
  exportKey: 'تصدير المفتاح',
  exportKeyHint: 'لا يغادر المفتاح الخاص هذا المتصفح إلا إذا صدّرته.',
  resetUnit: 'البدء من جديد بوحدة جديدة',
  resetConfirm: 'حذف هذه الوحدة ومفتاحها ووثائقها من هذا المتصفح؟',

  issueTitle: 'إصدار فاتورة',
  issueIntro:
    'عدّل النموذج ثم وقّعه بمفتاح الوحدة: تُعتمد الوثائق القياسية فوراً، وتنتظر المبسطة في صندوق الإرسال حتى يُبلّغ عنها.',
  supplyDate: 'تاريخ التوريد',
  issue: 'توقيع وإصدار',
  issuing: 'جارٍ التوقيع والإرسال…',
  resultTitle: 'صدرت: {id}',
  stateCleared: 'اعتمدتها الهيئة',
  stateReported: 'أُبلغت الهيئة بها',
  statePending: 'موقعة، بانتظار الإبلاغ',
  stateRejected: 'رفضتها الهيئة',
  reportNow: 'الإبلاغ الآن',
  reporting: 'جارٍ الإبلاغ…',
  icv: 'عداد الفاتورة (ICV)',
  uuid: 'المعرف الفريد (UUID)',
  invoiceHash: 'تجزئة الفاتورة',
  pih: 'تجزئة الفاتورة السابقة (PIH)',
  deadline: 'آخر موعد للإبلاغ',
  qrTitle: 'رمز QR',
  signedXml: 'XML الموقع',
  clearedXml: 'XML المعتمد (مختوم من الهيئة)',
  downloadXml: 'تنزيل XML',
  openInInspector: 'فتح في الفاحص',

  chainTitle: 'السلسلة وصندوق الإرسال',
  chainHead: 'رأس السلسلة: العداد {icv}',
  chainTable: 'الوثائق الصادرة',
  documentId: 'الرقم',
  kind: 'النوع',
  state: 'الحالة',
  issuedAt: 'تاريخ الإصدار',
  noDocuments: 'لم يصدر شيء بعد.',
  outboxTitle: 'صندوق الإرسال',
  outboxEmpty: 'لا شيء في الانتظار: وصلت كل الوثائق إلى الهيئة.',
  attempts: 'المحاولات',
  lastError: 'آخر خطأ',
  overdue: 'متأخرة',
  timeLeft: 'متبقٍ {hours} س {minutes} د',
  drain: 'إرسال صندوق الإرسال',
  draining: 'جارٍ الإرسال…',
  drained: 'أُرسلت {settled}؛ {remaining} ما زالت في الانتظار.',
  outage: 'محاكاة انقطاع (تفشل الطلبات الثلاثة التالية)',
  outageOn: 'سيُفشل المحاكي الطلبات الثلاثة التالية.',
  endOutage: 'إنهاء الانقطاع',

  inspectorTitle: 'فاحص الفواتير',
  inspectorIntro:
    'الصق فاتورة موقعة: يفحص الفاحص ما تفحصه المنصة — التجزئة والتوقيع ورمز QR والتجزئة السابقة وقواعد العمل — ويبين سبب رفضها. اجتياز هذه الفحوص فحصٌ خاص بالعرض التجريبي، وليس قرار هيئة الزكاة والضريبة والجمارك.',
  xmlLabel: 'XML الفاتورة',
  pihLabel: 'التجزئة السابقة المتوقعة (اختياري)',
  inspect: 'فحص',
  loadLast: 'تحميل آخر فاتورة صادرة',
  verdictRejected: 'سترفض',
  verdictAccepted: 'تجتاز هذه الفحوص',
  verdictWarnings: 'تجتاز، مع تحذيرات',
  issuerAnchored: 'التوقيع متّسق — تم التحقق من جهة الإصدار مقابل جهة التصديق في المحاكي ({subject}).',
  issuerUntrusted:
    'التوقيع متّسق، لكن التحقق من جهة الإصدار فشل: الشهادة ليست صادرة عن جهة التصديق في المحاكي، أو لم تكن سارية عند توقيع المستند (انظر الملاحظات).',
  issuerNotCheckedRemote:
    'التوقيع متّسق — لم يتم التحقق من جهة الإصدار: لا يملك العرض التجريبي نسخة من شهادة جهة التصديق لدى الهيئة، فشهادة من جهة تصديق مقلَّدة ستجتاز أيضًا.',
  issuerNotChecked: 'التوقيع متّسق — لم يتم التحقق من جهة الإصدار: تعذّرت قراءة شهادة جهة التصديق للمنصة.',
  issuerPending: 'التوقيع متّسق — لم يتم التحقق من جهة الإصدار بعد: جارٍ تحميل شهادة جهة التصديق في المحاكي.',
  signatureInconsistent: 'التوقيع غير متّسق مع المستند — انظر الملاحظات أدناه.',
  signatureChecks: 'التجزئة والتوقيع ورمز QR',
  ruleChecks: 'قواعد العمل',
  noFindings: 'لا ملاحظات.',
  computedHash: 'التجزئة المحسوبة',
  notXml: 'لا يمكن للفاحص قراءة هذه الفاتورة: {message}',
  error: 'خطأ',
  warning: 'تحذير',

  behavioursTitle: 'سلوكيات المنصة',
  behavioursIntro:
    'تترك وثائق الهيئة بعض سلوك المنصة غير محسوم: أي حالة تُعطى لاعتماد متكرر، وكيف يُرفض طلب شهادة الإنتاج المبكر، وغير ذلك. يجعل المحاكي المدمج كلاً منها مفتاحاً، على القيمة الافتراضية التي تذكرها ملاحظات المشروع عن الواجهة البرمجية. غيّر أحدها هنا فيتبعه المحاكي في الطلب التالي. ويضبط الخيار --behaviour name=value في الأمر fatoora simulator، وفي خادم هذا العرض، المفاتيح نفسها عند التشغيل.',
  behavioursEnglish: 'الأسئلة والقيم والمصادر أدناه مأخوذة من جدول المحاكي، وهي باللغة الإنجليزية.',
  behavioursRemote:
    'لا توجد هذه المفاتيح إلا في المحاكي المدمج. يتصل العرض التجريبي ببيئة {name} لدى الهيئة، وهي تعمل كما صممتها الهيئة: لا شيء للتبديل.',
  behavioursLoading: 'جارٍ قراءة سلوكيات المحاكي…',
  behavioursRestore: 'استعادة كل القيم الافتراضية',
  behavioursRestored: 'عادت كل السلوكيات إلى قيمها الافتراضية.',
  behaviourChanged: 'أصبح {name} الآن {value}.',
  behaviourDefault: 'افتراضي',
  behaviourCurrent: 'الإعداد الحالي',
  behaviourAtDefault: 'القيمة الافتراضية',
  behaviourOffDefault: 'مُغيَّر؛ القيمة الافتراضية {value}',
  behaviourSource: 'المصادر',
  behaviourText: 'النص',
  behaviourApply: 'تطبيق',
};

/** The playground's two languages. */
export type Language = 'en' | 'ar';

/**
 * Both tables.
 *
 * @example
 * ```ts
 * MESSAGES.ar.navIssue; // 'إصدار'
 * ```
 */
export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, ar };

/**
 * A text in a language, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * formatMessage('en', 'chainHead', { icv: 3 }); // 'Chain head: ICV 3'
 * ```
 */
export function formatMessage(
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
