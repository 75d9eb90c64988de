/**
 * The ZATCA rules our validator checks, as data: id, severity, and the message in English and
 * Arabic. Ids and severities are those of ZATCA's own rule files (SDK 238-R3.4.8:
 * `20210819_ZATCA_E-invoice_Validation_Rules.xsl` for BR-KSA-…, `CEN-EN16931-UBL.xsl` for
 * BR-…, BR-CO-…, BR-DEC-… and the category rules); English messages restate them briefly;
 * Arabic messages are ours. Rules without a ZATCA id (amount syntax, QR limits) have a short
 * lower-case name. The React kit shows these next to the offending field.
 */

/** One rule. */
export interface RuleDefinition {
  /** As ZATCA ranks the rule: an `error` fails the document, a `warning` is reported but accepted. */
  readonly severity: 'error' | 'warning';
  /** What the rule asks, in English: the message of a fault that breaks it. */
  readonly en: string;
  /** The same in Arabic, for forms shown in Arabic. */
  readonly ar: string;
}

const error = (en: string, ar: string): RuleDefinition => ({ severity: 'error', en, ar });
const warning = (en: string, ar: string): RuleDefinition => ({ severity: 'warning', en, ar });

/** Every rule `validateInvoice` checks. */
export const RULES = {
  // Header
  'BR-02': warning('The invoice must have an invoice number (BT-1).', 'يجب أن يكون للفاتورة رقم.'),
  'BR-03': error('The invoice must have an issue date (BT-2).', 'يجب أن يكون للفاتورة تاريخ إصدار.'),
  'BR-05': error('The invoice must have a currency code (BT-5).', 'يجب أن يكون للفاتورة رمز عملة.'),
  'BR-16': error(
    'The invoice must have at least one invoice line (BG-25).',
    'يجب أن تحتوي الفاتورة على بند واحد على الأقل.',
  ),
  'BR-KSA-03': error(
    'The invoice must contain a unique identifier (KSA-1, a UUID).',
    'يجب أن تحتوي الفاتورة على معرّف فريد (UUID).',
  ),
  'BR-KSA-04': error(
    'The issue date (BT-2) must not be after the current date.',
    'يجب ألا يكون تاريخ الإصدار بعد التاريخ الحالي.',
  ),
  'BR-KSA-05': error(
    'The invoice type code (BT-3) must be 388, 381, 383 or 386.',
    'يجب أن يكون رمز نوع الفاتورة 388 أو 381 أو 383 أو 386.',
  ),
  'BR-KSA-06': error(
    'The invoice transaction code (KSA-2) must follow NNPNESB (R3.4.8 also accepts NNPNESBC and NNPNESBCG).',
    'يجب أن يتبع رمز معاملة الفاتورة البنية NNPNESB (وتقبل قواعد R3.4.8 أيضاً NNPNESBC وNNPNESBCG).',
  ),
  'BR-KSA-07': error(
    'Self-billing is not allowed for export invoices.',
    'لا يُسمح بالفوترة الذاتية لفواتير التصدير.',
  ),
  'BR-KSA-15': warning(
    'A standard tax invoice (388, subtype 01) must contain the supply date (KSA-5).',
    'يجب أن تحتوي الفاتورة الضريبية على تاريخ التوريد.',
  ),
  'BR-KSA-16': warning(
    'The payment means code (BT-81) must be one of 1, 10, 30, 42, 48.',
    'يجب أن يكون رمز وسيلة الدفع أحد القيم 1 أو 10 أو 30 أو 42 أو 48.',
  ),
  'BR-KSA-17': error(
    'Credit and debit notes must contain the reason for issuing them (KSA-10).',
    'يجب أن يتضمن إشعار الدائن أو المدين سبب إصداره.',
  ),
  'BR-KSA-31': error(
    'A simplified document may only be third party, nominal supply or summary (not export or self-billed).',
    'لا يجوز أن تكون الفاتورة المبسطة فاتورة تصدير أو فوترة ذاتية.',
  ),
  'BR-KSA-33': error(
    'The invoice must have an invoice counter value (KSA-16).',
    'يجب أن تحتوي الفاتورة على قيمة عداد الفاتورة.',
  ),
  'BR-KSA-34': error(
    'The invoice counter value (KSA-16) must contain only digits.',
    'يجب أن تتكون قيمة عداد الفاتورة من أرقام فقط.',
  ),
  'BR-KSA-35': warning(
    'A supply end date (KSA-24) requires a supply date (KSA-5).',
    'يتطلب تاريخ نهاية التوريد وجود تاريخ التوريد.',
  ),
  'BR-KSA-36': warning(
    'The supply end date (KSA-24) must not be before the supply date (KSA-5).',
    'يجب ألا يسبق تاريخ نهاية التوريد تاريخ التوريد.',
  ),
  'BR-KSA-56': warning(
    'Credit and debit notes must contain the billing reference ID (BT-25).',
    'يجب أن يتضمن إشعار الدائن أو المدين رقم الفاتورة المرجعية.',
  ),
  'BR-KSA-61': warning(
    'The invoice must contain the previous invoice hash (KSA-13), base64 of a SHA-256 hex digest.',
    'يجب أن تحتوي الفاتورة على تجزئة الفاتورة السابقة.',
  ),
  'BR-KSA-70': error(
    'The issue time (KSA-25) must be hh:mm:ss (local) or hh:mm:ssZ (UTC).',
    'يجب أن يكون وقت الإصدار بالصيغة hh:mm:ss أو hh:mm:ssZ.',
  ),
  'BR-KSA-72': error(
    'A simplified summary invoice to a buyer with a Saudi address must contain the supply date (KSA-5) and supply end date (KSA-24).',
    'يجب أن تحتوي الفاتورة المبسطة الملخصة على تاريخ التوريد وتاريخ نهايته.',
  ),
  'BR-KSA-98': warning(
    'A simplified invoice should be reported within 24 hours of its issue.',
    'يجب الإبلاغ عن الفاتورة المبسطة خلال 24 ساعة من إصدارها.',
  ),
  'BR-KSA-F-01': error('A date must be formatted YYYY-MM-DD.', 'يجب أن يكون التاريخ بالصيغة YYYY-MM-DD.'),
  'BR-KSA-92': error(
    'A B2G document (KSA-2 position 9 = 1) must contain the contract ID (BT-12).',
    'يجب أن تتضمن فاتورة التوريد لجهة حكومية رقم العقد.',
  ),
  'BR-KSA-F-06-C5': warning(
    'The contract ID (BT-12) must be at most 127 characters.',
    'يجب ألا يتجاوز رقم العقد 127 حرفاً.',
  ),
  'BR-KSA-F-06-C1': warning(
    'The invoice number (BT-1) must be 1 to 127 characters.',
    'يجب أن يكون رقم الفاتورة من 1 إلى 127 حرفاً.',
  ),
  'BR-KSA-F-06-C2': warning(
    'An invoice note (BT-22) must be at most 1000 characters.',
    'يجب ألا تتجاوز ملاحظة الفاتورة 1000 حرف.',
  ),
  'BR-KSA-F-06-C13': warning(
    'The reason for a credit or debit note (KSA-10) must be 1 to 1000 characters.',
    'يجب أن يكون سبب الإشعار من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C22': error(
    'The billing reference ID (BT-25) must be 1 to 5000 characters.',
    'يجب أن يكون رقم الفاتورة المرجعية من 1 إلى 5000 حرف.',
  ),
  'BR-KSA-CL-01': error(
    'The invoice currency code (BT-5) must be an ISO 4217 code.',
    'يجب أن يكون رمز العملة وفق ISO 4217.',
  ),
  'BR-KSA-EN16931-01': error(
    'The business process (BT-23) must be "reporting:1.0".',
    'يجب أن تكون عملية الأعمال "reporting:1.0".',
  ),
  'BR-KSA-EN16931-02': error(
    'The VAT accounting currency (BT-6) must be SAR, with the VAT total in SAR (BT-111).',
    'يجب أن تكون عملة محاسبة الضريبة الريال السعودي مع إجمالي الضريبة بالريال.',
  ),
  'BR-KSA-68': error('The tax currency code (BT-6) must exist.', 'يجب أن يوجد رمز عملة الضريبة.'),
  'BR-KSA-CL-02': error(
    'Every currencyID must be the invoice currency (BT-5), except the VAT total in SAR (BT-111).',
    'يجب أن تطابق جميع رموز العملة عملة الفاتورة باستثناء إجمالي الضريبة بالريال.',
  ),
  // Seller
  'BR-06': warning(
    'The invoice must contain the seller name (BT-27).',
    'يجب أن تحتوي الفاتورة على اسم البائع.',
  ),
  'BR-08': warning(
    'The invoice must contain the seller postal address (BG-5).',
    'يجب أن تحتوي الفاتورة على العنوان البريدي للبائع.',
  ),
  'BR-09': warning(
    'The seller postal address must contain a country code (BT-40).',
    'يجب أن يحتوي عنوان البائع على رمز الدولة.',
  ),
  'BR-KSA-08': warning(
    'The seller identification (BT-29) must have scheme CRN, MOM, MLS, SAG, OTH or 700 and only letters and digits.',
    'يجب أن يكون معرّف البائع من النوع CRN أو MOM أو MLS أو SAG أو OTH أو 700 وأن يحتوي على حروف وأرقام فقط.',
  ),
  'BR-KSA-09': warning(
    'The seller address must contain street, building number, city, postal code, district and country.',
    'يجب أن يحتوي عنوان البائع على الشارع ورقم المبنى والمدينة والرمز البريدي والحي والدولة.',
  ),
  'BR-KSA-37': warning(
    'The seller building number must be 4 digits.',
    'يجب أن يتكون رقم مبنى البائع من 4 أرقام.',
  ),
  'BR-KSA-39': error(
    'The invoice must contain the seller VAT registration number (BT-31).',
    'يجب أن تحتوي الفاتورة على الرقم الضريبي للبائع.',
  ),
  'BR-KSA-40': error(
    'The seller VAT registration number (BT-31) must be 15 digits, starting and ending with 3.',
    'يجب أن يتكون الرقم الضريبي للبائع من 15 رقماً يبدأ وينتهي بالرقم 3.',
  ),
  'BR-KSA-66': warning(
    'The seller postal code (BT-38) must be 5 digits.',
    'يجب أن يتكون الرمز البريدي للبائع من 5 أرقام.',
  ),
  'BR-KSA-F-06-C10': warning(
    'The seller name (BT-27) must be 1 to 1000 characters.',
    'يجب أن يكون اسم البائع من 1 إلى 1000 حرف.',
  ),
  // Field lengths (BR-KSA-F-06-Cxx, warnings in ZATCA's rules): see length-rules.ts.
  'BR-KSA-F-06-C4': warning(
    'The seller street (BT-35) must be 1 to 1000 characters.',
    'يجب أن يكون شارع البائع من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C6': warning(
    'The seller additional street (BT-36) must be at most 127 characters.',
    'يجب ألا يتجاوز الشارع الإضافي للبائع 127 حرفاً.',
  ),
  'BR-KSA-F-06-C7': warning(
    'The seller city (BT-37) must be 1 to 127 characters.',
    'يجب أن تكون مدينة البائع من 1 إلى 127 حرفاً.',
  ),
  'BR-KSA-F-06-C8': warning(
    'The seller province (BT-39) must be at most 127 characters.',
    'يجب ألا تتجاوز منطقة البائع 127 حرفاً.',
  ),
  'BR-KSA-F-06-C9': warning(
    'The seller district (KSA-3) must be 1 to 127 characters.',
    'يجب أن يكون حي البائع من 1 إلى 127 حرفاً.',
  ),
  'BR-KSA-F-06-C11': warning(
    'The buyer additional street (BT-51) must be at most 127 characters.',
    'يجب ألا يتجاوز الشارع الإضافي للمشتري 127 حرفاً.',
  ),
  'BR-KSA-F-06-C12': warning(
    'The buyer name (BT-44) of a standard document must be 1 to 1000 characters.',
    'يجب أن يكون اسم المشتري في الفاتورة الضريبية من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C32': warning(
    'The buyer name (BT-44) must be at most 1000 characters.',
    'يجب ألا يتجاوز اسم المشتري 1000 حرف.',
  ),
  'BR-KSA-F-06-C23': warning(
    'The buyer street (BT-50) of a standard document must be 1 to 1000 characters.',
    'يجب أن يكون شارع المشتري في الفاتورة الضريبية من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C24': warning(
    'The buyer street (BT-50) must be at most 1000 characters.',
    'يجب ألا يتجاوز شارع المشتري 1000 حرف.',
  ),
  'BR-KSA-F-06-C25': warning(
    'The buyer city (BT-52) of a standard document must be 1 to 127 characters.',
    'يجب أن تكون مدينة المشتري في الفاتورة الضريبية من 1 إلى 127 حرفاً.',
  ),
  'BR-KSA-F-06-C26': warning(
    'The buyer city (BT-52) must be at most 127 characters.',
    'يجب ألا تتجاوز مدينة المشتري 127 حرفاً.',
  ),
  'BR-KSA-F-06-C27': warning(
    'The buyer province (BT-54) must be at most 127 characters.',
    'يجب ألا تتجاوز منطقة المشتري 127 حرفاً.',
  ),
  'BR-KSA-F-06-C28': warning(
    'The buyer district (KSA-4) of a standard document must be 1 to 127 characters.',
    'يجب أن يكون حي المشتري في الفاتورة الضريبية من 1 إلى 127 حرفاً.',
  ),
  'BR-KSA-F-06-C29': warning(
    'The buyer district (KSA-4) must be at most 127 characters.',
    'يجب ألا يتجاوز حي المشتري 127 حرفاً.',
  ),
  'BR-KSA-F-06-C16': warning(
    'The VAT exemption reason text (BT-120) must be 1 to 1000 characters.',
    'يجب أن يكون نص سبب الإعفاء من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C18': warning(
    'The unit of measure (BT-130) must be at most 127 characters.',
    'يجب ألا تتجاوز وحدة القياس 127 حرفاً.',
  ),
  'BR-KSA-F-06-C33': warning(
    'The reason for a document charge (BT-104) must be 1 to 1000 characters.',
    'يجب أن يكون سبب الرسوم على مستوى المستند من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C34': warning(
    'The reason for a line charge (BT-144) must be 1 to 1000 characters.',
    'يجب أن يكون سبب الرسوم على مستوى البند من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C35': warning(
    'The reason for a document allowance (BT-97) must be 1 to 1000 characters.',
    'يجب أن يكون سبب الخصم على مستوى المستند من 1 إلى 1000 حرف.',
  ),
  'BR-KSA-F-06-C36': warning(
    'The reason for a line allowance (BT-139) must be 1 to 1000 characters.',
    'يجب أن يكون سبب الخصم على مستوى البند من 1 إلى 1000 حرف.',
  ),
  'note-reason-blank': warning(
    'The reason for the credit or debit note (KSA-10) is blank: ZATCA accepts it, but the buyer learns nothing from it.',
    'سبب إصدار الإشعار الدائن أو المدين فارغ: تقبله الهيئة لكنه لا يفيد المشتري بشيء.',
  ),
  'uuid-format': error(
    'The UUID (KSA-1) must be written as 8-4-4-4-12 hexadecimal digits; the API identifies the document by it.',
    'يجب كتابة المعرّف الفريد UUID بصيغة 8-4-4-4-12 من الأرقام الست عشرية.',
  ),
  'qr-seller-name': error(
    'The seller name (BT-27) goes into QR tag 1, which must stay under 128 UTF-8 bytes (the platform rejects longer values).',
    'يُكتب اسم البائع في رمز الاستجابة السريعة ويجب أن يقل عن 128 بايت.',
  ),
  // Buyer
  'BR-KSA-10': warning(
    'A standard invoice must contain the buyer address: street, city and country.',
    'يجب أن تحتوي الفاتورة الضريبية على عنوان المشتري: الشارع والمدينة والدولة.',
  ),
  'BR-KSA-14': error(
    'The buyer identification (BT-46) must have a known scheme (NAT, TIN, IQA, PAS, CRN, MOM, MLS, SAG, GCC, OTH, 700) and only letters and digits.',
    'يجب أن يكون معرّف المشتري من نوع معروف وأن يحتوي على حروف وأرقام فقط.',
  ),
  'BR-KSA-25': warning(
    'With exemption reason VATEX-SA-EDU or VATEX-SA-HEA, the buyer name (BT-44) must be present.',
    'عند سبب الإعفاء التعليم أو الصحة يجب ذكر اسم المشتري.',
  ),
  'BR-KSA-42': warning(
    'A standard invoice must contain the buyer name (BT-44).',
    'يجب أن تحتوي الفاتورة الضريبية على اسم المشتري.',
  ),
  'BR-CUSTOM-VALIDATION-01': error(
    'The buyer VAT registration number (BT-48) must not be the seller’s (BT-31).',
    'يجب ألا يطابق الرقم الضريبي للمشتري الرقم الضريبي للبائع.',
  ),
  'BR-KSA-44': error(
    'The buyer VAT registration number (BT-48) must be 15 digits, starting and ending with 3.',
    'يجب أن يتكون الرقم الضريبي للمشتري من 15 رقماً يبدأ وينتهي بالرقم 3.',
  ),
  'BR-KSA-49': error(
    'With exemption reason VATEX-SA-EDU or VATEX-SA-HEA, the buyer identification must be a national ID (NAT).',
    'عند سبب الإعفاء التعليم أو الصحة يجب أن يكون معرّف المشتري الهوية الوطنية.',
  ),
  'BR-KSA-63': warning(
    'A Saudi buyer address must contain street, building number, postal code, city and district.',
    'يجب أن يحتوي عنوان المشتري السعودي على الشارع ورقم المبنى والرمز البريدي والمدينة والحي.',
  ),
  'BR-KSA-67': warning(
    'A Saudi buyer postal code (BT-53) must be 5 digits.',
    'يجب أن يتكون الرمز البريدي للمشتري السعودي من 5 أرقام.',
  ),
  'BR-KSA-71': warning(
    'A simplified summary invoice must contain the buyer name (BT-44).',
    'يجب أن تحتوي الفاتورة المبسطة الملخصة على اسم المشتري.',
  ),
  'BR-KSA-81': warning(
    'A standard invoice whose buyer has no VAT number must contain another buyer ID (BT-46).',
    'يجب أن تحتوي الفاتورة الضريبية على معرّف آخر للمشتري إذا لم يكن له رقم ضريبي.',
  ),
  // Lines, adjustments and categories
  'BR-21': warning('Each invoice line must have an identifier (BT-126).', 'يجب أن يكون لكل بند معرّف.'),
  'BR-22': error('Each invoice line must have an invoiced quantity (BT-129).', 'يجب أن يكون لكل بند كمية.'),
  'BR-25': warning(
    'Each invoice line must contain the item name (BT-153).',
    'يجب أن يحتوي كل بند على اسم الصنف.',
  ),
  'BR-26': error(
    'Each invoice line must contain the item net price (BT-146).',
    'يجب أن يحتوي كل بند على صافي سعر الصنف.',
  ),
  'BR-31': error(
    'Each document allowance must have an amount (BT-92).',
    'يجب أن يكون لكل خصم على مستوى المستند مبلغ.',
  ),
  'BR-32': error(
    'Each document allowance must have a VAT category (BT-95).',
    'يجب أن يكون لكل خصم على مستوى المستند فئة ضريبية.',
  ),
  'BR-36': warning(
    'Each document charge must have an amount (BT-99).',
    'يجب أن يكون لكل رسم على مستوى المستند مبلغ.',
  ),
  'BR-37': warning(
    'Each document charge must have a VAT category (BT-102).',
    'يجب أن يكون لكل رسم على مستوى المستند فئة ضريبية.',
  ),
  'BR-41': error(
    'Each line allowance must have an amount (BT-136).',
    'يجب أن يكون لكل خصم على مستوى البند مبلغ.',
  ),
  'BR-43': warning(
    'Each line charge must have an amount (BT-141).',
    'يجب أن يكون لكل رسم على مستوى البند مبلغ.',
  ),
  'BR-KSA-19': warning(
    'Each document charge should have a charge reason code (BT-105).',
    'يجب أن يكون لكل رسم على مستوى المستند رمز سبب.',
  ),
  'BR-KSA-20': warning(
    'Each line charge should have a charge reason code (BT-145).',
    'يجب أن يكون لكل رسم على مستوى البند رمز سبب.',
  ),
  'BR-KSA-CL-06': warning(
    'A charge reason code (BT-105, BT-145) must be a UNTDID 7161 code ZATCA accepts.',
    'يجب أن يكون رمز سبب الرسم من قائمة UNTDID 7161 التي تقبلها الهيئة.',
  ),
  // EN 16931's code-list rule; ZATCA's copy of the EN 16931 rules (SDK 238-R3.4.8) does not check
  // it, so it is a warning here: a document ZATCA passes is never failed for it.
  'BR-CL-19': warning(
    'An allowance reason code (BT-98, BT-140) must be a UNTDID 5189 code EN 16931 accepts.',
    'يجب أن يكون رمز سبب الخصم من قائمة UNTDID 5189 التي يقبلها المعيار الأوروبي EN 16931.',
  ),
  'BR-CL-18': error(
    'A VAT category must be a code of UNCL5305 as EN 16931 restricts it (AE, L, M, E, S, Z, G, O, K, B).',
    'يجب أن تكون الفئة الضريبية رمزاً من قائمة UNCL5305.',
  ),
  'BR-KSA-18': error('A VAT category must be S, Z, E or O.', 'يجب أن تكون الفئة الضريبية S أو Z أو E أو O.'),
  'BR-CO-04': error(
    'Each invoice line must have a VAT category (BT-151) under the VAT scheme.',
    'يجب أن يكون لكل بند فئة ضريبية.',
  ),
  'BR-S-05': warning(
    'A standard-rated line (S) must have a VAT rate above zero.',
    'يجب أن تكون نسبة ضريبة البند الخاضع للنسبة الأساسية أكبر من صفر.',
  ),
  'BR-S-06': error(
    'A standard-rated document allowance (S) must have a VAT rate above zero.',
    'يجب أن تكون نسبة ضريبة الخصم الخاضع للنسبة الأساسية أكبر من صفر.',
  ),
  'BR-S-07': warning(
    'A standard-rated document charge (S) must have a VAT rate above zero.',
    'يجب أن تكون نسبة ضريبة الرسم الخاضع للنسبة الأساسية أكبر من صفر.',
  ),
  'BR-Z-05': error(
    'A zero-rated line (Z) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة البند الخاضع لنسبة الصفر صفراً.',
  ),
  'BR-Z-06': error(
    'A zero-rated document allowance (Z) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الخصم الخاضع لنسبة الصفر صفراً.',
  ),
  'BR-Z-07': error(
    'A zero-rated document charge (Z) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الرسم الخاضع لنسبة الصفر صفراً.',
  ),
  'BR-E-05': error(
    'An exempt line (E) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة البند المعفى صفراً.',
  ),
  'BR-E-06': error(
    'An exempt document allowance (E) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الخصم المعفى صفراً.',
  ),
  'BR-E-07': error(
    'An exempt document charge (E) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الرسم المعفى صفراً.',
  ),
  'BR-KSA-11': error(
    'A line not subject to VAT (O) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة البند غير الخاضع للضريبة صفراً.',
  ),
  'BR-KSA-12': warning(
    'A document allowance not subject to VAT (O) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الخصم غير الخاضع للضريبة صفراً.',
  ),
  'BR-KSA-13': warning(
    'A document charge not subject to VAT (O) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الرسم غير الخاضع للضريبة صفراً.',
  ),
  'BR-KSA-84': error(
    'A standard-rated VAT rate (S) must be 5 or 15.',
    'يجب أن تكون نسبة الضريبة الأساسية 5 أو 15.',
  ),
  'BR-KSA-DEC-02': error(
    'A VAT rate must be from 0.00 to 100.00 with at most two decimals.',
    'يجب أن تكون نسبة الضريبة بين 0.00 و100.00 بمنزلتين عشريتين كحد أقصى.',
  ),
  'BR-KSA-EN16931-06': error(
    'A price-level charge is not allowed (SDK 238-R3.4.8); only a price allowance.',
    'لا يُسمح برسوم على مستوى السعر.',
  ),
  'BR-KSA-EN16931-07': error(
    'The item net price (BT-146) must equal the gross price (BT-148) minus the price discount (BT-147).',
    'يجب أن يساوي صافي السعر السعر الإجمالي مطروحاً منه خصم السعر.',
  ),
  'BR-KSA-EN16931-12': error(
    'The price base quantity (BT-149) must be above zero.',
    'يجب أن تكون كمية أساس السعر أكبر من صفر.',
  ),
  'BR-KSA-F-04': error(
    'Amounts and quantities must not be negative unless a rule allows it.',
    'يجب ألا تكون المبالغ والكميات سالبة.',
  ),
  'BR-KSA-F-06-C17': error(
    'The invoice line identifier (BT-126) must be 1 to 6 characters.',
    'يجب أن يكون معرّف البند من 1 إلى 6 أحرف.',
  ),
  'BR-KSA-F-06-C19': warning(
    'The item name (BT-153) must be 3 to 1000 characters.',
    'يجب أن يكون اسم الصنف من 3 إلى 1000 حرف.',
  ),
  'BR-DEC-amount': warning(
    'An amount may have at most two decimals (BR-DEC-01…28).',
    'يجب ألا يتجاوز المبلغ منزلتين عشريتين.',
  ),
  // Exemptions
  'BR-KSA-23': warning(
    'An exempt (E) VAT breakdown must have an exemption reason code (BT-121).',
    'يجب أن يتضمن بند الضريبة المعفى رمز سبب الإعفاء.',
  ),
  'BR-KSA-24': warning(
    'A VAT breakdown not subject to VAT (O) must have an exception reason code (BT-121).',
    'يجب أن يتضمن بند الضريبة غير الخاضع للضريبة رمز سبب الاستثناء.',
  ),
  'BR-KSA-69': warning(
    'A zero-rated (Z) VAT breakdown must have a zero-rating reason code (BT-121).',
    'يجب أن يتضمن بند الضريبة بنسبة صفر رمز سبب الإعفاء.',
  ),
  'BR-KSA-CL-04': warning(
    'A Z, E or O VAT breakdown’s reason code (BT-121) must be one of that category’s codes (VATEX-SA-…).',
    'يجب أن يكون رمز سبب الإعفاء من رموز الفئة الضريبية المحددة.',
  ),
  'BR-KSA-83': warning(
    'A Z, E or O VAT breakdown must have an exemption reason text (BT-120).',
    'يجب أن يتضمن بند الضريبة للفئات Z أو E أو O نص سبب الإعفاء.',
  ),
  'BR-S-10': warning(
    'A standard-rated (S) VAT breakdown must not have an exemption reason.',
    'يجب ألا يتضمن بند الضريبة الأساسية سبب إعفاء.',
  ),
  // Prepayments
  'BR-KSA-73': warning(
    'A prepayment line must reference the prepayment invoice: id, issue date, issue time and type 386.',
    'يجب أن يشير بند الدفعة المقدمة إلى فاتورة الدفعة: الرقم وتاريخ ووقت الإصدار والنوع 386.',
  ),
  'BR-KSA-74': error(
    'A prepayment line document type code (KSA-30) must be 386.',
    'يجب أن يكون رمز نوع مستند الدفعة المقدمة 386.',
  ),
  'BR-KSA-76': warning(
    'A zero-rated prepayment (Z) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الدفعة المقدمة بنسبة الصفر صفراً.',
  ),
  'BR-KSA-77': warning(
    'An exempt prepayment (E) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الدفعة المقدمة المعفاة صفراً.',
  ),
  'BR-KSA-78': warning(
    'A prepayment not subject to VAT (O) must have a VAT rate of 0.',
    'يجب أن تكون نسبة ضريبة الدفعة المقدمة غير الخاضعة صفراً.',
  ),
  'BR-KSA-79': warning(
    'A prepayment VAT amount (KSA-32) must be its taxable amount (KSA-31) × rate (KSA-34) ÷ 100.',
    'يجب أن تساوي ضريبة الدفعة المقدمة المبلغ الخاضع مضروباً في النسبة.',
  ),
  'BR-KSA-80': warning(
    'The prepaid amount (BT-113) must be the prepayments’ taxable amounts plus their VAT.',
    'يجب أن يساوي المبلغ المدفوع مسبقاً مجموع مبالغ الدفعات المقدمة وضريبتها.',
  ),
  'BR-KSA-82': error(
    'A prepayment line’s own net price, allowances, net amount, VAT and amount with VAT must be 0.',
    'يجب أن تكون مبالغ بند الدفعة المقدمة نفسه صفراً.',
  ),
  'BR-KSA-F-05': warning(
    'A prepayment issue time (KSA-29) must be hh:mm:ss or hh:mm:ssZ.',
    'يجب أن يكون وقت إصدار الدفعة المقدمة بالصيغة hh:mm:ss.',
  ),
  // Written amounts (documents given as XML)
  'BR-CO-10': warning(
    'The sum of line net amounts (BT-106) must equal the lines’ net amounts added up.',
    'يجب أن يساوي مجموع صافي البنود مجموع مبالغها.',
  ),
  'BR-CO-11': error(
    'The allowance total (BT-107) must equal the document allowances added up.',
    'يجب أن يساوي إجمالي الخصومات مجموع الخصومات.',
  ),
  'BR-CO-12': error(
    'The charge total (BT-108) must equal the document charges added up.',
    'يجب أن يساوي إجمالي الرسوم مجموع الرسوم.',
  ),
  'BR-CO-13': warning(
    'The total without VAT (BT-109) must be line total − allowances + charges.',
    'يجب أن يساوي الإجمالي دون ضريبة مجموع البنود مطروحاً منه الخصومات ومضافاً إليه الرسوم.',
  ),
  'BR-CO-14': error(
    'The VAT total (BT-110) must equal the VAT breakdown amounts added up.',
    'يجب أن يساوي إجمالي الضريبة مجموع مبالغ فئات الضريبة.',
  ),
  'BR-CO-15': error(
    'The total with VAT (BT-112) must be the total without VAT + the VAT total.',
    'يجب أن يساوي الإجمالي مع الضريبة الإجمالي دون ضريبة مضافاً إليه الضريبة.',
  ),
  'BR-CO-16': warning(
    'The amount due (BT-115) must be total with VAT − prepaid + rounding.',
    'يجب أن يساوي المبلغ المستحق الإجمالي مع الضريبة مطروحاً منه المدفوع مسبقاً مضافاً إليه التقريب.',
  ),
  'BR-CO-17': warning(
    'A VAT breakdown amount (BT-117) must be its taxable amount × rate, rounded to 2 decimals.',
    'يجب أن تساوي ضريبة الفئة المبلغ الخاضع مضروباً في النسبة مقرباً لمنزلتين.',
  ),
  'BR-CO-18': error(
    'The invoice must have at least one VAT breakdown (BG-23).',
    'يجب أن تحتوي الفاتورة على فئة ضريبية واحدة على الأقل.',
  ),
  'BR-S-08': warning(
    'A standard-rated breakdown’s taxable amount must equal its lines − allowances + charges at that rate.',
    'يجب أن يساوي المبلغ الخاضع للفئة الأساسية مجموع بنودها مطروحاً منه الخصومات ومضافاً إليه الرسوم.',
  ),
  'BR-S-09': warning(
    'A standard-rated breakdown’s VAT must be its taxable amount × rate.',
    'يجب أن تساوي ضريبة الفئة الأساسية المبلغ الخاضع مضروباً في النسبة.',
  ),
  'BR-Z-08': warning(
    'A zero-rated breakdown’s taxable amount must equal its lines − allowances + charges.',
    'يجب أن يساوي المبلغ الخاضع لفئة الصفر مجموع بنودها.',
  ),
  'BR-Z-09': error('A zero-rated breakdown’s VAT must be 0.', 'يجب أن تكون ضريبة فئة الصفر صفراً.'),
  'BR-E-08': warning(
    'An exempt breakdown’s taxable amount must equal its lines − allowances + charges.',
    'يجب أن يساوي المبلغ الخاضع للفئة المعفاة مجموع بنودها.',
  ),
  'BR-E-09': error('An exempt breakdown’s VAT must be 0.', 'يجب أن تكون ضريبة الفئة المعفاة صفراً.'),
  'BR-O-08': warning(
    'A breakdown not subject to VAT must have a taxable amount equal to its lines − allowances + charges.',
    'يجب أن يساوي المبلغ للفئة غير الخاضعة مجموع بنودها.',
  ),
  'BR-O-09': error(
    'A breakdown not subject to VAT must have a VAT of 0.',
    'يجب أن تكون ضريبة الفئة غير الخاضعة صفراً.',
  ),
  'BR-KSA-50': warning(
    'A line VAT amount (KSA-11) must be its net amount × rate.',
    'يجب أن تساوي ضريبة البند صافي مبلغه مضروباً في النسبة.',
  ),
  'BR-KSA-51': warning(
    'A line amount with VAT (KSA-12) must be its net amount + its VAT.',
    'يجب أن يساوي مبلغ البند مع الضريبة صافي مبلغه مضافاً إليه الضريبة.',
  ),
  'BR-KSA-52': error('Each line must state its VAT amount (KSA-11).', 'يجب أن يذكر كل بند مبلغ ضريبته.'),
  'BR-KSA-53': error(
    'Each line must state its amount with VAT (KSA-12).',
    'يجب أن يذكر كل بند مبلغه مع الضريبة.',
  ),
  'BR-KSA-EN16931-08': warning(
    'Exactly one VAT total with a breakdown must be present.',
    'يجب وجود إجمالي ضريبة واحد فقط مع التفاصيل.',
  ),
  'BR-KSA-EN16931-09': warning(
    'Exactly one VAT total without breakdown (in SAR) must be present.',
    'يجب وجود إجمالي ضريبة واحد فقط دون تفاصيل بالريال.',
  ),
  'BR-KSA-EN16931-11': warning(
    'A line net amount (BT-131) must be quantity × (price ÷ base quantity) + charges − allowances.',
    'يجب أن يساوي صافي البند الكمية مضروبة في السعر مضافاً إليه الرسوم مطروحاً منه الخصومات.',
  ),
  // Amount syntax (model input)
  'decimal-format': error(
    'An amount must be a decimal string such as "1234.50".',
    'يجب كتابة المبلغ كرقم عشري مثل "1234.50".',
  ),
  'model-type': error('A field has the wrong type.', 'نوع الحقل غير صحيح.'),
} as const satisfies Record<string, RuleDefinition>;

/** A rule id `validateInvoice` can report. */
export type RuleId = keyof typeof RULES;
