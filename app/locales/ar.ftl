# Pot Commun — العربية، مترجمة عن الفرنسية، وهي اللغة المرجعية.
#
# رسالة واحدة لكل جملة؛ الفراغات مكتوبة هكذا { $name }. انظر ملف README، قسم «Languages».

## admin

admin-add_tier = أضف فئة السعر هذه
admin-letterhead_help = يظهر الاسم والعنوان في أعلى أوامر الشراء التي تُسلَّم إلى المنتجين.
admin-new_coordinator = شخص جديد في فريق التنسيق
admin-new_tier = فئة سعر جديدة
admin-settings = إعدادات الجمعية
admin-show_full_price = إظهار سعر التكلفة أيضًا (المنتج والتكاليف) بجانب سعر كل أسرة
admin-staff = التنسيق والإدارة
admin-tiers = فئات السعر
admin-tiers_help = تختار كل أسرة فئة سعرها، أي النسبة التي تدفعها من سعر التكلفة. إذا تجاوزت 100 %، فهي فئة سعر داعمة.
admin-title = الإدارة
admin-arabic_digits = الأرقام في الصفحات العربية
admin-digits_latn = أرقام لاتينية: 1، 2، 3 (الشائعة في المغرب العربي)
admin-digits_arab = أرقام عربية مشرقية: ١، ٢، ٣

## app

app-description = طلبات جماعية لمنتوجات عضوية ومحلية، بسعر عادل لكل أسرة.
app-name = Pot Commun

## basket

basket-bar =
    { $count ->
        [zero] لا منتوجات · { $total }
        [one] منتوج واحد · { $total }
        [two] منتوجان · { $total }
        [few] { $count } منتوجات · { $total }
        [many] { $count } منتوجًا · { $total }
       *[other] { $count } منتوج · { $total }
    }
basket-changed = تغيّرت سلتك منذ طلبك: يُرجى التأكيد حتى يتغيّر الطلب أيضًا.
basket-choose = اختر منتوجات
basket-confirmed = طلبك مؤكَّد. ما زال بإمكانك تغييره حتى إغلاق الطلبات.
basket-empty = سلتك فارغة. ابحث عن منتوجاتك في الكتالوج وأضفها بالزرّين + و −.
basket-less = أنقص { $qty } من { $product }
basket-more = أضف { $qty } من { $product }
basket-more_products = أضف منتوجات أخرى
basket-not_offered = غير معروض في دورة الطلبات الحالية.
basket-qty_label = { $product }: الكمية بوحدة { $unit }
basket-repeat = مثل المرة الماضية
basket-repeat_missing =
    { $count ->
        [zero] كل منتوجات المرة الماضية معروضة هذه المرة.
        [one] منتوج واحد من المرة الماضية غير معروض هذه المرة.
        [two] منتوجان من المرة الماضية غير معروضين هذه المرة.
        [few] { $count } منتوجات من المرة الماضية غير معروضة هذه المرة.
        [many] { $count } منتوجًا من المرة الماضية غير معروضة هذه المرة.
       *[other] { $count } منتوج من المرة الماضية غير معروضة هذه المرة.
    }
basket-repeat_replaces = هذا يحلّ محلّ ما في سلتك الآن.
basket-repeated =
    { $count ->
        [zero] طلبك الأخير في السلة (بلا منتوجات). يُرجى التحقق منه، ثم تأكيده.
        [one] طلبك الأخير في السلة (منتوج واحد). يُرجى التحقق منه، ثم تأكيده.
        [two] طلبك الأخير في السلة (منتوجان). يُرجى التحقق منه، ثم تأكيده.
        [few] طلبك الأخير في السلة ({ $count } منتوجات). يُرجى التحقق منه، ثم تأكيده.
        [many] طلبك الأخير في السلة ({ $count } منتوجًا). يُرجى التحقق منه، ثم تأكيده.
       *[other] طلبك الأخير في السلة ({ $count } منتوج). يُرجى التحقق منه، ثم تأكيده.
    }
basket-save_qty = احفظ الكمية
basket-see = اعرض سلتي
basket-step_kept = لا توجد شبكة: التغيير محفوظ على هذا الهاتف وسيُرسَل مع تأكيدك.
basket-step_offline = لا توجد شبكة: هذا التغيير لم يُحفظ. يُرجى المحاولة من جديد عند عودة الشبكة.
basket-title = سلتي — { $cycle }
basket-owed = بقي عليك { $amount } من المرة الماضية: سيُطلب منك عند التوزيع مع هذا الطلب.
basket-credit = لديك { $amount } مدفوعة مسبقًا: ستُدفع بها قيمة هذا الطلب.

## catalogue

catalogue-all_categories = كل الأقسام
catalogue-all_labels = كل علامات الجودة
catalogue-by = يُطلب بمقدار { $amount }
catalogue-category = القسم
catalogue-decided_by = اختارته لجنة من الأعضاء: اقرأ القرار
catalogue-label = علامة الجودة
catalogue-min = الحد الأدنى { $amount }
catalogue-next = الصفحة التالية
catalogue-page = الصفحة { $page } من { $pages }
catalogue-pages = صفحات الكتالوج
catalogue-previous = الصفحة السابقة
catalogue-producer_price = سعر التكلفة: { $price }
catalogue-products_found =
    { $count ->
        [zero] لا منتوجات
        [one] منتوج واحد
        [two] منتوجان
        [few] { $count } منتوجات
        [many] { $count } منتوجًا
       *[other] { $count } منتوج
    }
catalogue-search = ابحث عن منتوج
catalogue-search_placeholder = ابحث: عدس، عسل…
catalogue-search_submit = ابحث
catalogue-title = الكتالوج
catalogue-welcome = مرحبًا بك! تم حفظ كلمة مرورك.
catalogue-place_distance = { $place } ({ $km } كم)
catalogue-why_price = لماذا هذا السعر؟
catalogue-welcome_join = الانضمام إلى الجمعية: اقرأ الميثاق ووافق عليه

## common

common-loading = جارٍ التحميل…
common-save = احفظ
common-saved = تم الحفظ.
common-search = ابحث

## coord

coord-active = الحساب مُفعَّل
coord-add_member = أضف شخصًا إلى الأسرة
coord-all_cycles = كل الدورات
coord-categories = الأقسام
coord-create_and_invite = أنشئ الحساب واحصل على رابط الدعوة
coord-cycles = الدورات
coord-edit_category = عدّل القسم
coord-edit_pickup_point = عدّل مكان الاستلام
coord-edit_producer = عدّل المنتج
coord-edit_product = عدّل المنتوج
coord-email_or_phone_hint = رقم هاتف أو بريد إلكتروني: سيستعمله هذا الشخص لتسجيل الدخول.
coord-home = ما يجب فعله
coord-home_title = التنسيق: ما يجب فعله الآن
coord-households = الأسر
coord-inactive = مسحوب من الكتالوج
coord-members =
    { $count ->
        [zero] لا أفراد
        [one] فرد واحد
        [two] فردان
        [few] { $count } أفراد
        [many] { $count } فردًا
       *[other] { $count } فرد
    }
coord-members_title = أفراد الأسرة
coord-new_category = قسم جديد
coord-new_household = أسرة جديدة
coord-new_link = رابط جديد
coord-new_pickup_point = مكان استلام جديد
coord-new_producer = منتج جديد
coord-new_product = منتوج جديد
coord-pending = الدعوة في الانتظار
coord-pickup_points = أماكن الاستلام
coord-producers = المنتجون
coord-products = المنتوجات
coord-search_households = ابحث عن أسرة
coord-tasks = المهام
coord-tier_later = ستختار الأسرة فئة سعرها بنفسها
coord-tier_private = تبقى فئة السعر خاصة: لا يراها إلا الأسرة وفريق التنسيق.
coord-todo_distribute =
    { $n ->
        [zero] «{ $cycle }»: سُلِّمت كل الطلبات.
        [one] «{ $cycle }»: طلب واحد لم يُسلَّم بعد.
        [two] «{ $cycle }»: طلبان لم يُسلَّما بعد.
        [few] «{ $cycle }»: { $n } طلبات لم تُسلَّم بعد.
        [many] «{ $cycle }»: { $n } طلبًا لم تُسلَّم بعد.
       *[other] «{ $cycle }»: { $n } طلب لم تُسلَّم بعد.
    }
coord-todo_nothing = لا شيء مستعجل الآن. الدورات والأسر والكتالوج موجودة في القائمة أعلاه.
coord-todo_open =
    { $n ->
        [zero] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: لا طلبات حتى الآن.
        [one] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: طلب واحد حتى الآن.
        [two] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: طلبان حتى الآن.
        [few] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: { $n } طلبات حتى الآن.
        [many] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: { $n } طلبًا حتى الآن.
       *[other] دورة «{ $cycle }» تستقبل الطلبات حتى { $when }: { $n } طلب حتى الآن.
    }
coord-todo_owed =
    { $n ->
        [zero] «{ $cycle }»: دفعت كل الأسر ما عليها.
        [one] «{ $cycle }»: أسرة واحدة لم تدفع كل ما عليها.
        [two] «{ $cycle }»: أسرتان لم تدفعا كل ما عليهما.
        [few] «{ $cycle }»: { $n } أسر لم تدفع كل ما عليها.
        [many] «{ $cycle }»: { $n } أسرةً لم تدفع كل ما عليها.
       *[other] «{ $cycle }»: { $n } أسرة لم تدفع كل ما عليها.
    }
coord-todo_prepare = دورة «{ $cycle }» تُفتح في { $when } وليس لها بعدُ مكان ولا موعد استلام: يجب تحضير ذلك.
coord-todo_receive =
    { $n ->
        [zero] «{ $cycle }»: تم تسجيل وصول كل المنتوجات المطلوبة.
        [one] «{ $cycle }»: منتوج واحد مطلوب لم يُسجَّل وصوله بعد.
        [two] «{ $cycle }»: منتوجان مطلوبان لم يُسجَّل وصولهما بعد.
        [few] «{ $cycle }»: { $n } منتوجات مطلوبة لم يُسجَّل وصولها بعد.
        [many] «{ $cycle }»: { $n } منتوجًا مطلوبًا لم يُسجَّل وصولها بعد.
       *[other] «{ $cycle }»: { $n } منتوج مطلوب لم يُسجَّل وصولها بعد.
    }
coord-todo_shifts =
    { $n ->
        [zero] «{ $cycle }»: كل المناوبات التطوعية مكتملة.
        [one] «{ $cycle }»: مناوبة تطوعية واحدة ما زالت تحتاج إلى متطوعين.
        [two] «{ $cycle }»: مناوبتان تطوعيتان ما زالتا تحتاجان إلى متطوعين.
        [few] «{ $cycle }»: { $n } مناوبات تطوعية ما زالت تحتاج إلى متطوعين.
        [many] «{ $cycle }»: { $n } مناوبةً تطوعيةً ما زالت تحتاج إلى متطوعين.
       *[other] «{ $cycle }»: { $n } مناوبة تطوعية ما زالت تحتاج إلى متطوعين.
    }
coord-tier_option = { $tier } ({ $share }٪)

## cycle

cycle-all_products = كل المنتوجات المعروضة للبيع مقترحة، مع حدّها الأقصى لكل دورة.
cycle-back = العودة إلى الدورة
cycle-cancel = ألغِ هذه الدورة
cycle-cap = الحد الأقصى للدورة ({ $unit })
cycle-close_now = أغلق الطلبات الآن
cycle-closes = إغلاق الطلبات: { $when }
cycle-confirm_archived = ستنتقل الدورة إلى الأرشيف: لن يمكن تعديلها بعد ذلك.
cycle-confirm_cancel =
    { $orders ->
        [zero] لم تطلب أي أسرة: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
        [one] طلبت أسرة واحدة: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
        [two] طلبت أسرتان: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
        [few] طلبت { $orders } أسر: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
        [many] طلبت { $orders } أسرةً: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
       *[other] طلبت { $orders } أسرة: ستُلغى كل طلبات الدورة وستتلقى كل أسرة رسالة. لا يمكن التراجع عن ذلك.
    }
cycle-confirm_close =
    { $orders ->
        [zero] لم تطلب أي أسرة. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
        [one] طلبت أسرة واحدة. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
        [two] طلبت أسرتان. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
        [few] طلبت { $orders } أسر. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
        [many] طلبت { $orders } أسرةً. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
       *[other] طلبت { $orders } أسرة. ستتوقف الطلبات فورًا بدلًا من { $closes }: لن يستطيع أحد أن يطلب أو يغيّر طلبه. ستكون أوامر الشراء جاهزة في الحال. لا يمكن إعادة فتح الطلبات.
    }
cycle-confirm_distributed =
    { $waiting ->
        [zero] كل الطلبات مسجَّلة كمُسلَّمة. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
        [one] طلب واحد غير مسجَّل كمُسلَّم. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
        [two] طلبان غير مسجَّلين كمُسلَّمين. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
        [few] { $waiting } طلبات غير مسجَّلة كمُسلَّمة. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
        [many] { $waiting } طلبًا غير مسجَّلة كمُسلَّمة. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
       *[other] { $waiting } طلب غير مسجَّلة كمُسلَّمة. بعد ذلك، لن يمكن تعديل ورقة التوزيع ولا تسجيل وصول البضاعة.
    }
cycle-create = أنشئ الدورة
cycle-documents_when = ستكون أوامر الشراء وقوائم التحضير جاهزة هنا فور إغلاق الطلبات، في { $closes }.
cycle-edit = غيّر الاسم أو التواريخ
cycle-mark_archived = أرشِف الدورة
cycle-mark_distributed = سجّل الدورة كموزَّعة
cycle-moves = مراحل الدورة
cycle-name_example = طلبات ديسمبر
cycle-new = دورة طلبات جديدة
cycle-offer = المنتوجات المعروضة والحدود القصوى للدورة
cycle-offer_all_producers = كل المنتجين
cycle-offer_count =
    { $n ->
        [zero] لم يُحدَّد أي منتوج
        [one] منتوج واحد محدَّد
        [two] منتوجان محدَّدان
        [few] { $n } منتوجات محدَّدة
        [many] { $n } منتوجًا محدَّدًا
       *[other] { $n } منتوج محدَّد
    }
cycle-offer_every = حدّد كل ما يظهر
cycle-offer_none = ألغِ تحديد كل ما يظهر
cycle-offer_producer = المنتج
cycle-offer_search = ابحث عن منتوج
cycle-opens = فتح الطلبات: { $when }
cycle-opens_by_itself = ستُفتح الدورة تلقائيًا في { $opens }، وسيتم إبلاغ الأسر.
cycle-ordered = المطلوب حتى الآن: { $amount }
cycle-orders =
    { $count ->
        [zero] لا طلبات
        [one] طلب واحد
        [two] طلبان
        [few] { $count } طلبات
        [many] { $count } طلبًا
       *[other] { $count } طلب
    }
cycle-overlap_ok = أعرف أن هذه التواريخ تتداخل مع دورة أخرى: أنشئ الدورة رغم ذلك
cycle-pickups = أماكن الاستلام ومواعيده
cycle-products =
    { $count ->
        [zero] لا منتوجات معروضة
        [one] منتوج واحد معروض
        [two] منتوجان معروضان
        [few] { $count } منتوجات معروضة
        [many] { $count } منتوجًا معروضًا
       *[other] { $count } منتوج معروض
    }
cycle-remove_pickup = احذف هذا الموعد
cycle-set_pickup = أضف موعد الاستلام هذا
cycle-state_archived = مؤرشفة
cycle-state_cancelled = ملغاة
cycle-state_closed = الطلبات مغلقة
cycle-state_distributed = موزَّعة
cycle-state_open = الطلبات مفتوحة
cycle-state_planned = مبرمجة
cycle-window_or = { $first }، أو { $next }
cycle-yes_archived = نعم، أرشِف الدورة
cycle-yes_cancel = نعم، ألغِ الدورة وأبلغ الأسر
cycle-yes_close = نعم، أغلق الطلبات الآن
cycle-yes_distributed = نعم، سجّل الدورة كموزَّعة
cycle-span = من { $opens } إلى { $closes }

## distribution

distribution-bag =
    { $n ->
        [zero] محتوى الكيس (لا منتوجات)
        [one] محتوى الكيس (منتوج واحد)
        [two] محتوى الكيس (منتوجان)
        [few] محتوى الكيس ({ $n } منتوجات)
        [many] محتوى الكيس ({ $n } منتوجًا)
       *[other] محتوى الكيس ({ $n } منتوج)
    }
distribution-correct = صحّح هذا الدفع
distribution-correct_submit = احفظ التصحيح
distribution-corrected = تم التصحيح من طرف { $by }، { $when }: { $before } ({ $before_method }) أصبح { $paid } ({ $method }). السبب: { $reason }
distribution-done_sentence = تم التسليم — دُفع { $paid } ({ $method })
distribution-due = { $household } — المبلغ المطلوب: { $amount }
distribution-record = تم التسليم والدفع
distribution-search = ابحث عن أسرة باسمها
distribution-still_owed = الباقي للدفع: { $amount }
distribution-till = الصندوق: { $lines }
distribution-till_line = { $method } { $amount }
distribution-title = ورقة التوزيع
distribution-heading = ورقة التوزيع — { $cycle }
distribution-done_partial = تم التسليم — دُفع { $paid } من أصل { $due } ({ $method })
distribution-settled = { $household } — مدفوع من قبل
distribution-with_owed = الطلب { $order } + { $amount } باقية للدفع من المرة الماضية
distribution-with_credit = الطلب { $order } − { $amount } من الرصيد المدفوع مسبقًا
distribution-done_nothing_paid = تم التسليم — لم يُدفع شيء اليوم
distribution-till_counted = تم عدّ الصندوق: { $counted } نقدًا مقابل { $expected } متوقَّعة (الفرق { $gap })، من طرف { $by }، { $when }
distribution-count_till = عُدّ الصندوق
distribution-count_once = عُدّ النقود في النهاية، مرة واحدة فقط: يُحفظ الرقم مع اسمك.
distribution-count_submit = احفظ العدّ

## error

error-already_candidate = سبق لك الترشح لهذا الانتخاب.
error-already_ordered = طلبته بعض الأسر من قبل: يبقى في الدورة، بحدّ أقصى لا يقل عن الكمية المطلوبة
error-already_voted = سبق لك التصويت في هذا الانتخاب: ورقة تصويت واحدة لكل شخص.
error-back_home = العودة إلى Pot Commun
error-bad_credentials = المعرّف أو كلمة المرور غير صحيحين.
error-bad_form = الاستمارة ناقصة أو انتهت صلاحيتها. يُرجى إعادة تحميل الصفحة والمحاولة من جديد.
error-ballot_empty = يجب اختيار شخص واحد على الأقل.
error-ballot_invalid = ورقة التصويت هذه غير صالحة: يجب اختيار أشخاص من القائمة، كل شخص مرة واحدة فقط.
error-ballot_too_many = اخترت أشخاصًا أكثر من عدد المقاعد.
error-basket_kept = باقي سلتك محفوظ.
error-busy = الخادم مشغول جدًا: لم يتغيّر شيء. يُرجى المحاولة من جديد بعد دقيقة.
error-busy_title = لحظة من فضلك
error-cap_below_min = هذا الحد الأقصى أصغر من الحد الأدنى للكمية: لن يتمكن أحد من الطلب
error-cap_off_step = هذا الحد الأقصى لا يتوافق مع مقدار الطلب لهذا المنتوج: يجب اختيار مضاعف لهذا المقدار
error-children_not_welcome = هذه الورشة لا تستقبل الأطفال.
error-children_range = يمكنك الحضور بدون أطفال، أو مع طفل واحد أو طفلين.
error-choose_tier_first = قبل الطلب، يُرجى اختيار فئة سعرك في «ملفي الشخصي». أنت من يختارها، ولا يراها إلا فريق التنسيق.
error-closes_before_opens = يجب أن يكون الإغلاق بعد الفتح
error-closes_in_past = موعد الإغلاق قد مضى
error-confirm_first = لم يتم أي شيء: لا يمكن التراجع عن هذا الإجراء، لذا يُرجى تأكيده أولًا بزر «نعم، …».
error-contact_taken = رقم الهاتف أو البريد الإلكتروني هذا مستعمل في حساب آخر.
error-cross_site = هذه العملية لا تأتي من صفحة من صفحات Pot Commun: لم يتغيّر شيء. يُرجى فتح Pot Commun مباشرة والمحاولة من جديد.
error-cross_site_title = عملية مرفوضة
error-cycle_already_opened = هذه الدورة فُتحت من قبل: لم يعد ممكنًا تغيير اسمها وتواريخها.
error-cycle_not_at_distribution = لم يعد ممكنًا تسجيل تسليم هذا الطلب: الدورة ليست في مرحلة التوزيع.
error-cycle_not_closed = تكون هذه الوثائق جاهزة عندما تُغلق الطلبات.
error-cycle_not_editable = لم يعد ممكنًا تعديل هذه الدورة.
error-cycle_not_open = طلبات هذه الدورة مغلقة.
error-cycle_overlaps = طلباتها مفتوحة أو مبرمجة في التواريخ نفسها. دورتان في الوقت نفسه تتقاسمان السلال ومخزون المنتجين. غيّر التواريخ، أو حدّد خانة «أعرف… أنشئ الدورة رغم ذلك».
error-cycle_state_changed = تغيّرت حالة هذه الدورة في هذه الأثناء. يُرجى إعادة تحميل الصفحة.
error-cycle_too_long = تدوم الدورة 90 يومًا على الأكثر
error-datetime_invalid = تاريخ أو ساعة غير صالحة
error-election_dates = يجب أن يبدأ التصويت في يوم لاحق لليوم، وأن ينتهي بعد بدايته (في غضون 120 يومًا على الأكثر).
error-email_invalid = عنوان البريد الإلكتروني هذا غير صالح
error-email_or_phone = يجب إدخال رقم هاتف أو بريد إلكتروني على الأقل
error-end_before_start = يجب أن تكون النهاية بعد البداية.
error-forbidden = هذه الصفحة مخصصة لفريق التنسيق.
error-hours_range = اكتب عددًا صحيحًا من الساعات، من 0 إلى 336 (أسبوعان)
error-household_tier_missing = لم تختر هذه الأسرة فئة سعرها بعد: اسألها عنها، ثم سجّلها في صفحة الأسرة قبل أخذ طلبها.
error-idea_elsewhere = هذه الفكرة لم تُرسَل إلى هذه اللجنة: لا يمكن للمقترح أن يتبنى إلا فكرة مرسلة إلى لجنته
error-internal = حدثت مشكلة من جهتنا. يُرجى المحاولة من جديد بعد قليل.
error-internal_title = حدثت مشكلة
error-invalid_chars = يحتوي هذا النص على رموز غير مسموح بها
error-invitation_used = رابط الدعوة هذا استُعمل من قبل أو انتهت صلاحيته. يُرجى طلب رابط جديد من فريق التنسيق.
error-min_multiple_of_step = يجب أن يكون الحد الأدنى مضاعفًا لمقدار الطلب (مثلًا: المقدار 0,5 والحد الأدنى 1)
error-minutes_range = اكتب عددًا صحيحًا من الدقائق، من 0 إلى 10 080 (أسبوع واحد)
error-name_taken = هذا الاسم موجود من قبل.
error-needed_below_taken = عدد المسجلين أكبر من هذا العدد: يجب سحب بعضهم أولًا.
error-needed_range = حدّد عددًا من الأشخاص بين 1 و50.
error-no_household = هذا الحساب غير مرتبط بأي أسرة.
error-no_last_order = ليس لديك بعد طلب سابق لإعادته.
error-not_found = هذه الصفحة غير موجودة أو لم تعد موجودة.
error-not_in_candidacy = الترشيحات غير مفتوحة لهذا الانتخاب.
error-not_seated = ليس لك مقعد في هذه اللجنة.
error-not_voting_time = التصويت غير مفتوح الآن.
error-nothing_to_copy = لا شيء للنسخ: لهذه الدورة مناوبات من قبل، أو لا توجد دورة أخرى لها مناوبات.
error-number_invalid = يجب إدخال عدد صحيح
error-offline = لا يوجد اتصال بالإنترنت: لم يُرسَل أي شيء. ما أدخلته يبقى على هذا الهاتف؛ يُرجى المحاولة من جديد عند عودة الشبكة.
error-password_mismatch = كلمتا المرور مختلفتان
error-password_short = 8 أحرف على الأقل
error-phone_invalid = رقم الهاتف هذا غير صالح
error-photo_url = يجب أن يبدأ عنوان الصورة بـ https:// أو /
error-pickup_already_recorded = هذا التسليم مسجَّل من قبل: لم يتغيّر شيء. لتصحيح المبلغ أو طريقة الدفع، يُرجى التوجه إلى فريق التنسيق.
error-pickup_before_close = يجب أن يكون الاستلام بعد إغلاق الطلبات
error-pickup_chosen = اختارت بعض الأسر هذا المكان من قبل وهذا موعده الوحيد: أضف موعدًا آخر أولًا، ثم احذف هذا الموعد.
error-pickup_not_correctable = لا يمكن تصحيح هذا التسليم: إما أنه غير مسجَّل بعد، أو أن الدورة لم تعد في مرحلة التوزيع، أو أن شخصًا آخر صحّحه في هذه الأثناء. يُرجى إعادة تحميل الصفحة.
error-pickup_required = يجب اختيار مكان استلام طلبك
error-places_range = يجب أن يكون عدد الأماكن بين 1 و200.
error-price_invalid = اكتب سعرًا مثل 2,35
error-price_negative = لا يمكن أن يكون السعر سالبًا
error-price_required = السعر إجباري
error-price_too_high = هذا السعر مرتفع جدًا (10 000 € على الأكثر)
error-product_not_in_cycle = أحد منتوجات سلتك غير معروض في هذه الدورة. يُرجى إعادة تحميل الصفحة.
error-product_not_ordered = لم يطلب أحد هذا المنتوج في هذه الدورة.
error-proposal_altered = عُدِّل هذا المقترح بعد فتحه: لم يعد ممكنًا التصويت عليه. تم إبلاغ فريق التنسيق عبر السجل.
error-proposal_dates = يجب ترك ساعة واحدة على الأقل للتصويت، و60 يومًا على الأكثر.
error-push_device_taken = هذا الهاتف يتلقى إشعارات حساب آخر: على صاحب ذلك الحساب أن يحذفه أولًا من قائمته.
error-push_subscription = أرسل هذا الهاتف اشتراكًا لا يمكن قراءته. يُرجى المحاولة من جديد، أو استعمال متصفح آخر.
error-qty_at_least = يجب أخذ { $qty } على الأقل
error-qty_at_most = الحد الأقصى { $qty } لكل أسرة
error-qty_below_min = الكمية أقل من الحد الأدنى
error-qty_invalid = اكتب كمية مثل 0,5 أو 2
error-qty_multiple_of = يجب أن تكون الكمية مضاعفًا لـ { $qty }
error-qty_negative = لا يمكن أن تكون الكمية سالبة
error-qty_off_step = الكمية لا تتوافق مع مقدار الطلب لهذا المنتوج
error-qty_over_household_cap = هذا أكثر من الحد الأقصى لكل أسرة
error-qty_required = الكمية إجبارية
error-qty_too_big = هذه الكمية كبيرة جدًا
error-rate_limited = محاولات كثيرة متتالية: يُرجى الانتظار بضع دقائق قبل المحاولة من جديد. نسيت كلمة المرور؟ يمكنك طلب رابط جديد من فريق التنسيق.
error-reason_required = اذكر في بضع كلمات سبب رفض الورشة.
error-required = هذه الخانة إجبارية
error-secret_vote_elsewhere = سبق لك التصويت بالاقتراع السري، وهذا الجهاز لا يحمل إيصال هذا التصويت: لا يمكن تغييره من هنا. وحده الجهاز الذي استعملته للتصويت يمكنه تغييره، حتى نهاية التصويت.
error-several = لم يُحفظ أي شيء. يجب تصحيح ما يلي:
error-share_range = بين 1 و300 %
error-shift_already_in = سبق لك التسجيل في هذه المناوبة.
error-shift_full = هذه المناوبة مكتملة. يُرجى اختيار مناوبة أخرى: لا بد أن هناك واحدة تناسبك.
error-shift_in_past = هذه المناوبة ستكون قد مضت.
error-shift_not_signed_up = هذا الشخص غير مسجَّل في هذه المناوبة.
error-shift_not_started = يُسجَّل الحضور بعد بداية المناوبة.
error-shift_overlap = لديك مناوبة أخرى في الوقت نفسه.
error-shift_started = بدأت هذه المناوبة بالفعل.
error-shift_too_late_to_withdraw = المناوبة ستبدأ قريبًا: للانسحاب، يُرجى الاتصال بفريق التنسيق.
error-shift_too_long = تدوم المناوبة 12 ساعة على الأكثر.
error-sold_out = { $product }: لم يبقَ منه إلا { $left }.
error-stale_form = تغيّر هذا المنتوج أو منتجه أو قسمه في هذه الأثناء. يُرجى إعادة تحميل الصفحة.
error-step_positive = يجب أن يكون أكبر من الصفر
error-step_whole_unit = يُباع هذا المنتوج بالوحدة: بدون كسور
error-table_not_yet = تُفتح لك ورقة التوزيع في { $when }، أي ساعتين قبل مناوبتك على الطاولة. يُرجى العودة في ذلك الوقت.
error-tier_name_taken = توجد فئة سعر بهذا الاسم من قبل.
error-too_long = هذا النص طويل جدًا
error-too_many_devices = هذا الحساب يتلقى الإشعارات على 10 أجهزة: يُرجى حذف واحد منها من القائمة قبل إضافة هذا الجهاز.
error-too_many_lines = سلتك تحتوي على عدد كبير جدًا من المنتوجات المختلفة.
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة.
error-unknown_choice = هذا الاختيار غير موجود
error-unknown_unit = هذه الوحدة غير موجودة
error-vote_closed = التصويت على هذا المقترح مغلق.
error-window_ends_before_start = يجب أن تكون النهاية بعد البداية
error-workshop_already_in = سبق لك التسجيل في هذه الورشة.
error-workshop_full = الورشة مكتملة. يمكنك التسجيل في قائمة الانتظار.
error-workshop_in_past = يجب أن تُقام الورشة في موعد لاحق.
error-workshop_not_open = هذه الورشة غير مفتوحة للتسجيل (لم تُقبَل بعد، أو أُلغيت، أو بدأت بالفعل).
error-workshop_not_proposed = سبق أن قُبلت هذه الورشة أو رُفضت.
error-workshop_not_signed_up = لا يوجد تسجيل باسمك في هذه الورشة.
error-workshop_not_started = يُسجَّل حضور الأشخاص المسجلين بعد بداية الورشة.
error-workshop_too_long = تدوم الورشة 12 ساعة على الأكثر.
error-wrong_password = هذه ليست كلمة مرورك الحالية
error-field_problem = { $field }: { $problem }
error-line_problem = { $product }: { $problem }
error-till_counted = تم عدّ هذا الصندوق من قبل.
error-percent_required = أدخل نسبة مئوية.
error-percent_invalid = لا يمكن قراءة هذه النسبة: اكتب مثلًا 7,5.
error-percent_range = يجب أن تكون النسبة أكبر من 0، و100 على الأكثر.
error-cost_zero = كلفة 0 € لا تغيّر شيئًا: أدخل مبلغًا.
error-amount_zero = أدخل مبلغًا أكبر من 0.
error-amount_too_high = هذا المبلغ كبير جدًا (10 000 € على الأكثر).
error-reversal_of_reversal = لا يمكن إلغاء عملية إلغاء: سجّل العملية من جديد.
error-already_reversed = هذه العملية ملغاة من قبل.
error-account_code = رقم الحساب: أرقام وحروف، بدون مسافات، 20 على الأكثر.
error-renewal_date = اكتب التاريخ هكذا: 09-01 (الشهر-اليوم).
error-fee_is_set = الجمعية هي التي تحدّد رسم العضوية.
error-fee_below_minimum = لا يمكن أن يكون رسم العضوية أقل من الحد الأدنى.
error-date_invalid = لا يمكن قراءة هذا التاريخ.
error-period_invalid = يجب أن تبدأ الفترة في يوم وتنتهي في يوم لاحق، وألا تتجاوز ثلاث سنوات.
error-membership_lapsed = انتهت عضوية أسرتك: جدّدها من «حسابي» لتتمكن من الطلب.
error-membership_current = هذه الأسرة عضو من قبل في هذه الفترة.
error-charter_changed = تغيّر الميثاق للتو: اقرأه من جديد قبل قبوله.
error-charter_not_accepted = حدّد الخانة لقبول الميثاق.
error-invoice_paid = هذه الفاتورة مدفوعة من قبل: لم يعد ممكنًا تغييرها.
error-invoice_not_payable = احفظ الفاتورة أولًا (أو أنها مدفوعة من قبل).
error-account_owes = ما زال على أسرتك مبلغ: تطلب الجمعية دفعه قبل طلب جديد. انظر «حسابي».

## field

field-access_notes = كيفية الوصول (الطابق، الباب، سهولة الوصول لذوي الإعاقة)
field-active = معروض للبيع في الكتالوج
field-address = العنوان
field-association_address = عنوان الجمعية
field-association_name = اسم الجمعية
field-attended = الحضور
field-bring = ما يجب إحضاره (اختياري)
field-cancel_message = رسالة إلى الأشخاص المسجلين
field-cap_cycle = الحد الأقصى لكل دورة (فارغ: بلا حد)
field-cap_household = الحد الأقصى لكل أسرة (فارغ: بلا حد)
field-category = القسم
field-children = الأطفال الذين سيأتون معك
field-choice = الاختيار
field-closes = إغلاق الطلبات
field-cohosts = مشاركون في التنشيط (اختياري)
field-comment = تعليقك
field-contact = وسيلة التواصل (لا يراها إلا فريق التنسيق)
field-correction_reason = لماذا هذا التصحيح؟
field-current_password = كلمة المرور الحالية
field-cycle_name = اسم الدورة
field-decision = القرار
field-description = الوصف
field-display_name = الاسم الشخصي واسم العائلة
field-distance_km = المسافة (كم)
field-email = البريد الإلكتروني
field-email_or_phone = الهاتف أو البريد الإلكتروني
field-household_name = اسم الأسرة
field-idea = فكرتك للجنة، في بضع كلمات
field-kind = نوع المقترح
field-labels = علامات الجودة
field-languages = اللغات التي تتحدثها (اختياري)
field-majority = الأغلبية
field-min = الحد الأدنى لكل طلب
field-name = الاسم
field-needed = عدد الأشخاص اللازمين
field-notes = توضيحات (اختياري)
field-opens = فتح الطلبات
field-order_grace_minutes = عدد الدقائق بعد الإغلاق التي يمكن خلالها لفريق التنسيق أن يُدخل طلبًا
field-paid = المبلغ المدفوع (€)
field-password = كلمة المرور الجديدة (8 أحرف على الأقل)
field-password_confirm = كلمة المرور نفسها مرة أخرى
field-payment_method = طريقة الدفع
field-person = الشخص
field-phone = الهاتف
field-photo_url = صورة (عنوان الرابط، اختياري)
field-pickup = مكان الاستلام
field-pickup_day = يوم الاستلام
field-pickup_end = النهاية
field-pickup_start = البداية
field-place = المكان
field-places = عدد الأماكن
field-position = ترتيب العرض
field-price = سعر المنتج للوحدة (€)
field-price_note = السعر (فارغ = مجاني، أو «سعر حر مقترح 3 €»)
field-producer = المنتج
field-product = المنتوج
field-push_choice = الإشعار
field-push_endpoint = اشتراك الهاتف
field-push_key = مفتاح الهاتف
field-quorum = النصاب (% من المقاعد التي يجب أن تصوّت)
field-reason = السبب (إجباري في حالة الرفض)
field-reasons = لماذا، بكلمات بسيطة
field-received = الكمية التي وصلت
field-scope = ما تقرره اللجنة
field-seats = عدد المقاعد
field-share = الجزء المدفوع من السعر (%)
field-shift = المناوبة
field-shift_cutoff_hours = التطوع: عدد الساعات قبل البداية التي لا يمكن بعدها الانسحاب عبر الإنترنت
field-shift_day = اليوم
field-shift_end = النهاية
field-shift_place = المكان
field-shift_start = البداية
field-statement = بضع كلمات لتقديم نفسك
field-status = الحضور
field-step = يُطلب بمقدار (مثلًا 0,5)
field-story = قصته في بضع كلمات
field-task = المهمة
field-term_days = مدة الولاية (بالأيام)
field-tier = فئة السعر
field-tier_name = اسم فئة السعر
field-title = العنوان
field-unit = الوحدة
field-vote_closes = نهاية التصويت
field-voting_from = بداية التصويت
field-workshop_day = التاريخ
field-workshop_end = النهاية
field-workshop_place = المكان
field-workshop_start = البداية
field-workshop_what = ما يحدث خلال الورشة
field-counted = النقود المعدودة (€)
field-cost_kind = طريقة الحساب
field-cost_scope = لأي منتوجات
field-cost_amount = المبلغ (€) أو النسبة
field-cycle = الدورة
field-period = الفترة
field-accept_charter = قرأت الميثاق وأقبله
field-fee = رسم العضوية (€)
field-renewal = تاريخ التجديد (الشهر-اليوم)
field-charter = نص الميثاق
field-invoiced = المبلغ في الفاتورة (€)
field-reference = المرجع
field-note = السبب
field-amount = المبلغ (€)
field-entry_kind = العملية
field-key = الاستمارة
field-account_members = حسابات الأعضاء
field-account_sales = مبيعات البضائع
field-account_memberships = رسوم العضوية
field-account_cash = الصندوق
field-account_bank = البنك
field-account_producers = المورّدون (المنتجون)
field-account_purchases = مشتريات البضائع
field-adults = عدد البالغين في الأسرة
field-cap = الحد الأقصى لكل أسرة خلال الفترة (€)
field-day = اليوم
field-from = من
field-to = إلى
field-funder = الجهة المموِّلة
field-funder_name = اسم الجهة المموِّلة
field-funding_mode = كيف تُقسَم كلفة التضامن بين المنح
field-grant = المنحة
field-grant_categories = هذه الأقسام فقط (إذا لم يُحدَّد أي قسم: كل الأقسام)
field-grant_name = اسم المنحة (مثلًا «اتفاقية 2026»)
field-local_km = «محلي»: المنتجون على مسافة أقل من (كم)
field-max_share = فئات السعر حتى (%) فقط
field-min_category = حصة دنيا في القسم
field-min_percent = الحصة الدنيا في هذا القسم (%)
field-priority = ترتيب الأولوية
field-produce = الأقسام التي تُحسب خضرًا وفواكه
field-role = الدور
field-source = من أين يأتي المال
field-household_children = عدد الأطفال في الأسرة

## gov

gov-abstain = امتناع عن التصويت
gov-against = ضد
gov-altered = تنبيه: نص هذا الاقتراح لم يعد مطابقًا للنص المسجَّل في السجل عند فتحه. التصويت معلَّق.
gov-applied_to = طُبِّق القرار على قائمة منتوجات الدورة «{ $cycle }».
gov-approvals =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $count } أصوات
        [many] { $count } صوتًا
       *[other] { $count } صوت
    }
gov-back = → كل اللجان
gov-ballot_counted = تم احتساب ورقة تصويتك. التصويت سري: لا أحد يعرف اختيارك.
gov-cast_ballot = أرسل تصويتي
gov-closes = نهاية التصويت: { $when }
gov-comments = التعليقات
gov-create_commission = أنشئ اللجنة
gov-draw_seed = القرعة المسجَّلة (البذرة): { $seed }
gov-elected = منتخَب/ة
gov-election_of = انتخاب لجنة «{ $commission }»
gov-elections = الانتخابات
gov-export = حمّل السجل (JSON) للتحقق من كل شيء
gov-for = مع
gov-for_add_product = لإضافة منتوج
gov-for_producer_kinds = لإضافة منتوج أو تغيير المنتج
gov-for_product_kinds = لسحب منتوج أو تغيير منتجه
gov-idea_became = أصبحت اقتراحًا
gov-idea_public = ستُعرض فكرتك هنا مع اسمك، ويمكن لجميع الأعضاء رؤيتها.
gov-idea_to_proposal = حوّلها إلى اقتراح
gov-ideas = الأفكار المرسَلة
gov-intro = تقرّر اللجان مع الفريق ما تقدّمه المجموعة. يمكن للجميع قراءة الاقتراحات وأسبابها ونتائجها، وإرسال فكرة.
gov-kind_add_product = إضافة منتوج
gov-kind_change_producer = تغيير منتج أحد المنتوجات
gov-kind_free = موضوع آخر
gov-kind_withdraw_product = سحب منتوج
gov-majority_simple = أصوات «مع» أكثر من أصوات «ضد»
gov-majority_two_thirds = ثلثا الأصوات «مع»
gov-may_change = يمكنك تغيير رأيك حتى نهاية التصويت.
gov-members = أعضاء اللجنة
gov-new_commission = لجنة جديدة
gov-new_election = ابدأ انتخابًا
gov-no_ideas = لا توجد أي فكرة حتى الآن: أرسل أول فكرة.
gov-no_members = لا أحد في اللجنة بعد: سيملأ الانتخاب المقاعد.
gov-no_proposals = لا توجد أي اقتراحات حتى الآن.
gov-none = لا توجد أي لجنة حتى الآن.
gov-open_proposal = اطرح اقتراحًا
gov-opened_by = مقدَّم من { $author }
gov-phase_candidacy = الترشّح مفتوح
gov-phase_closed = انتهى
gov-phase_voting = التصويت مفتوح
gov-proposals = الاقتراحات
gov-rules = القواعد: { $rules }
gov-scope_catalogue = قائمة المنتوجات
gov-scope_life = حياة المجموعة
gov-scope_workshops = الورشات
gov-seats =
    { $count ->
        [zero] لا مقاعد
        [one] مقعد واحد
        [two] مقعدان
        [few] { $count } مقاعد
        [many] { $count } مقعدًا
       *[other] { $count } مقعد
    }
gov-secret = تصويت سري (بشكل افتراضي، يرى الجميع في اللجنة من صوّت وبماذا)
gov-secret_receipt_here = تصويت سري: اختيارك غير مسجَّل في أي مكان مع اسمك. هذا الجهاز وحده يحتفظ بما يلزم لاسترجاعه وتغييره.
gov-secret_vote = تصويت سري
gov-secret_voted_elsewhere = تم تسجيل تصويتك. التصويت سري: اختيارك غير مسجَّل في أي مكان مع اسمك، والجهاز الذي استُعمل في التصويت هو وحده الذي يحتفظ بما يلزم لاسترجاعه. لذلك لا يمكن عرضه ولا تغييره من هنا.
gov-send_comment = أرسل
gov-send_idea = أرسل فكرتي
gov-stand = الترشّح
gov-stand_button = أترشّح
gov-start_election = ابدأ الانتخاب (الترشّح مفتوح من الآن)
gov-state_approved = مقبول
gov-state_no_quorum = النصاب غير مكتمل
gov-state_open = التصويت جارٍ
gov-state_rejected = مرفوض
gov-step_down = اترك مقعدي
gov-title = لجان الأعضاء
gov-voting_from = التصويت ابتداءً من { $when }
gov-whole_log = السجل الكامل للقرارات (JSON)
gov-you_voted = اخترت: { $choice }.
gov-your_vote = تصويتك
gov-ballot_rule =
    { $seats ->
        [zero] التصويت سري.
        [one] اختر شخصًا واحدًا على الأكثر. التصويت سري.
        [two] اختر شخصين على الأكثر. التصويت سري.
        [few] اختر حتى { $seats } أشخاص. التصويت سري.
        [many] اختر حتى { $seats } شخصًا. التصويت سري.
       *[other] اختر حتى { $seats } شخص. التصويت سري.
    }
gov-vote_rules = النصاب { $quorum }٪ · { $majority }
gov-change_add_product = { $product } — { $price } لكل { $unit } · { $producer }
gov-change_producer = { $product }: ينتقل إلى المنتج { $producer } ({ $price })
gov-member_until = { $name } — حتى { $until }
gov-idea_by = «{ $idea }» — { $author }
gov-opened_by_idea = مقدَّم من { $author }، انطلاقًا من فكرة { $idea_by }
gov-turnout =
    { $voted ->
        [zero] لم يصوّت أحد بعد من أصل { $eligible }
        [one] صوّت شخص واحد من أصل { $eligible }
        [two] صوّت شخصان من أصل { $eligible }
        [few] صوّت { $voted } أشخاص من أصل { $eligible }
        [many] صوّت { $voted } شخصًا من أصل { $eligible }
       *[other] صوّت { $voted } شخص من أصل { $eligible }
    }
gov-tally = مع: { $for } · ضد: { $against } · امتناع: { $abstain }
gov-vote_line = { $name }: { $choice }

## invitation

invitation-card_help = أرسل هذا الرابط إلى الشخص، أو اطلب منه مسح الرمز بهاتفه. سيختار بنفسه كلمة المرور.
invitation-card_title = رابط دعوة { $name }
invitation-choose_password = اختر كلمة المرور. بعد ذلك، ستدخل برقم هاتفك أو ببريدك الإلكتروني.
invitation-expired = هذا الرابط استُعمل من قبل أو لم يعد صالحًا. اطلب رابطًا جديدًا من فريق التنسيق.
invitation-expired_title = الرابط لم يعد صالحًا
invitation-hello = مرحبًا { $name }
invitation-link = الرابط
invitation-print = اطبع الدعوة وحدها
invitation-print_hint = لطباعة الدعوة وحدها: افتح قائمة المتصفح، ثم «طباعة» (Ctrl+P).
invitation-qr = رمز QR لرابط الدعوة
invitation-send_sms = أرسل الرابط برسالة SMS
invitation-sms_body = مرحبًا { $name }، هذا رابطك للانضمام إلى Pot Commun واختيار كلمة المرور: { $url }
invitation-submit = احفظ كلمة المرور
invitation-valid_days =
    { $days ->
        [zero] صالح لمرة واحدة فقط.
        [one] صالح لمدة يوم واحد، ولمرة واحدة فقط.
        [two] صالح لمدة يومين، ولمرة واحدة فقط.
        [few] صالح لمدة { $days } أيام، ولمرة واحدة فقط.
        [many] صالح لمدة { $days } يومًا، ولمرة واحدة فقط.
       *[other] صالح لمدة { $days } يوم، ولمرة واحدة فقط.
    }

## label

label-bio = بيولوجي
label-equitable = تجارة منصفة
label-local = محلي
label-vrac = بالوزن

## login

login-identifier = الهاتف أو البريد الإلكتروني
login-no_password = ليست لديك كلمة مرور بعد؟ اطلب رابط الدعوة من فريق التنسيق في مجموعتك.
login-password = كلمة المرور
login-submit = سجّل الدخول
login-title = تسجيل الدخول

## nav

nav-admin = الإدارة
nav-catalogue = قائمة المنتوجات
nav-commissions = اللجان
nav-coordination = التنسيق
nav-label = القائمة الرئيسية
nav-login = سجّل الدخول
nav-logout = سجّل الخروج
nav-messages = الرسائل
nav-more = المزيد
nav-order = السلة
nav-profile = ملفي الشخصي
nav-shifts = التطوع
nav-skip = انتقل إلى المحتوى
nav-staff = التنسيق والإدارة
nav-unread =
    { $count ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
        [many] { $count } رسالةً غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }
nav-workshops = الورشات

## notfound

notfound-back = العودة إلى قائمة المنتوجات
notfound-title = الصفحة غير موجودة

## notif

notif-cycle_cancelled = أُلغيت دورة الطلبات « { $cycle } ». ليس عليك أن تدفع أو تستلم أي شيء.
notif-cycle_closing = آخر يوم للطلب: « { $cycle } » تُغلق { $closes }.
notif-cycle_opened = الطلبات مفتوحة: « { $cycle } »، حتى { $closes }.
notif-election_candidacy =
    انتخاب لجنة « { $commission } »: { $seats ->
        [zero] لا يوجد أي مقعد
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }. يمكنك الترشّح حتى { $voting }، ثم التصويت حتى { $closes }.
notif-election_voting = انتخاب لجنة « { $commission } »: التصويت مفتوح حتى { $closes }. اختر مرشّحيك.
notif-new = جديد
notif-new_login_link = أنشأ فريق التنسيق رابط دخول جديدًا لحسابك. من يفتحه يختار كلمة المرور، وتُغلق جلساتك الأخرى. إذا لم تطلب ذلك، أخبر فريق التنسيق.
notif-none = لا توجد رسائل حتى الآن. هنا تظهر الأخبار التي تهمّك: تغيير في طلبك، مناوبة، ورشة.
notif-order_changed_late = غيّر { $by } طلب { $household } بعد إغلاق « { $cycle } »: تغيّرت أوامر الشراء وقوائم التحضير.
notif-order_ready = طلبك « { $cycle } » ينتظرك { $when }، في { $place } ({ $address }).
notif-order_shrunk = سلّم المنتج أقل مما كان متوقعًا: ستتسلّم { $qty } من { $product } بدلًا من { $ordered } (طلب « { $cycle } »). المجموع الجديد: { $total }.
notif-product_missing = لم يتمكّن المنتج من تسليم { $product }: سُحب هذا المنتوج من طلبك « { $cycle } ». المجموع الجديد: { $total }.
notif-shift_changed = أُلغيت مناوبتك « { $shift } » ({ $when }). شكرًا لك على كل حال!
notif-shift_needs_hands =
    هل يمكنك المساعدة؟ { $missing ->
        [zero] لا ينقص أحد
        [one] ينقص شخص واحد
        [two] ينقص شخصان
        [few] ينقص { $missing } أشخاص
        [many] ينقص { $missing } شخصًا
       *[other] ينقص { $missing } شخص
    } لمناوبة « { $shift } » ({ $when }).
notif-shift_short =
    { $missing ->
        [zero] لم يعد ينقص أحد
        [one] لا يزال ينقص شخص واحد
        [two] لا يزال ينقص شخصان
        [few] لا يزال ينقص { $missing } أشخاص
        [many] لا يزال ينقص { $missing } شخصًا
       *[other] لا يزال ينقص { $missing } شخص
    } في مناوبة « { $shift } » ({ $when }).
notif-shift_tomorrow = تذكير: لديك مناوبة تطوعية غدًا: { $shift }، { $when }، { $place }.
notif-title = رسائلي
notif-vote_approved = انتهى التصويت: قُبل الاقتراح « { $title } » (مع: { $for }، ضد: { $against }، امتناع: { $abstain }).
notif-vote_closing = يُغلق التصويت على « { $title } » { $closes }، ولم تصوّت بعد.
notif-vote_no_quorum = انتهى التصويت: لم يشارك عدد كافٍ من الأعضاء في التصويت على « { $title } » (لم يكتمل النصاب)، فلا شيء يتغيّر.
notif-vote_opened = تصويت مفتوح في لجنة « { $commission } »: « { $title } ». يمكنك التصويت حتى { $closes }.
notif-vote_rejected = انتهى التصويت: رُفض الاقتراح « { $title } » (مع: { $for }، ضد: { $against }، امتناع: { $abstain }).
notif-workshop_approved = نُشرت ورشتك « { $workshop } » ({ $when }): يمكن للأعضاء التسجيل فيها.
notif-workshop_cancelled = أُلغيت ورشة « { $workshop } » ({ $when }): { $message }
notif-workshop_declined = لم تُقبل ورشتك « { $workshop } » ({ $when }): { $reason }
notif-workshop_place = تحرّر مكان: تم تسجيلك في ورشة « { $workshop } » ({ $when }).
notif-workshop_voted_down = لم تقبل اللجنة ورشتك « { $workshop } » ({ $when }): { $for } مع، { $against } ضد.
notif-membership_renewal = تنتهي عضويتك في { $date }. يمكنك تجديدها من حسابك.
notif-grant_nearly_used = استُعمل 80 % من المنحة { $grant }: { $used } من أصل { $amount }.
notif-grant_ended_left = انتهت المنحة { $grant } في { $date } وبقي منها { $left }.

## offline

offline-back = ارجع إلى الاستمارة
offline-banner = دون اتصال — نسخة محفوظة بتاريخ { $when }
offline-basket_open = افتح طلبي
offline-basket_queued = لا توجد شبكة: طلبك محفوظ على هذا الهاتف. سيُرسَل تلقائيًا بمجرد عودة الشبكة.
offline-basket_refused = عادت الشبكة، لكن طلبك المحفوظ لم يُقبل (مثلًا: منتوج نفد أو الطلبات أُغلقت). أُعيد إلى الاستمارة: راجعه، ثم أكّده.
offline-basket_sent = عادت الشبكة: طلبك المحفوظ على هذا الهاتف وصل بنجاح.
offline-missing = دون اتصال: هذه الصفحة غير محفوظة بعد على هذا الهاتف. افتحها مرة واحدة عندما تكون الشبكة متوفرة.

## order

order-back_to_household = العودة إلى صفحة الأسرة
order-cancel = ألغِ طلبي
order-change_cancelled = أُلغي الطلب
order-change_changed = عُدِّل الطلب
order-change_created = قُدِّم الطلب
order-change_other = تغيير
order-change_shortage = خُفِّض عند وصول السلع
order-changes = سجل الطلب
order-choose_tier = اختر فئة سعري
order-closes = يمكنك الطلب وتغيير طلبك حتى { $closes }.
order-confirm = أكّد طلبي
order-desk_for = طلب باسم { $household }
order-desk_hint = طلب مأخوذ عبر الهاتف أو في المداومة لهذه الأسرة: يُسجَّل باسمها، ولا يتغيّر طلبك الخاص.
order-desk_link = أدخل طلب هذه الأسرة
order-desk_no_cycle = لا توجد دورة طلبات مفتوحة حاليًا: لا يمكن تسجيل أي طلب لهذه الأسرة.
order-desk_title_plain = طلب لأسرة
order-draft_restored = عُثر على سلتك غير المؤكَّدة في هذا الهاتف. راجعها، ثم أكّدها.
order-left = بقي { $amount }
order-mine = طلبي
order-no_cycle = لا توجد طلبات جارية. سنُعلمك عند فتح دورة الطلبات القادمة.
order-past = طلباتي السابقة
order-pickup_at = الاستلام في { $place }، { $window }.
order-search = ابحث عن منتوج (الاسم، المنتج، القسم)
order-sold_out = نفد
order-theirs = طلب { $household }
order-title = طلبي
order-total = المبلغ الواجب دفعه: { $total }
order-waiting = للاستلام: طلبك « { $cycle } »
order-where = أين تستلم طلبك؟
order-line = { $product } — { $amount }
order-change_line = { $when } — { $change } بواسطة { $who } · { $total }

## payment

payment-card = بطاقة بنكية
payment-cash = نقدًا
payment-cheque = شيك
payment-transfer = تحويل بنكي
payment-unknown = أخرى
payment-other = أخرى

## profile

profile-password_submit = غيّر كلمة المرور
profile-password_title = كلمة المرور
profile-push_choices = الإشعارات التي أريد تلقّيها
profile-push_denied = الإشعارات محظورة لهذا الموقع في المتصفح. يمكنك السماح بها من إعدادات المتصفح.
profile-push_devices = الهواتف والحواسيب التي تتلقى الإشعارات
profile-push_done = تم: سيتلقى هذا الهاتف الإشعارات.
profile-push_explain = لتصلك التنبيهات على شاشة الهاتف، حتى والتطبيق مغلق. سيطلب منك الهاتف موافقتك. ويبقى كل شيء أيضًا في «الرسائل».
profile-push_failed = لم ينجح ذلك. تحقّق من الاتصال وحاول مرة أخرى.
profile-push_no = لا
profile-push_no_device = لا يوجد أي جهاز حتى الآن.
profile-push_on = فعّل الإشعارات على هذا الهاتف
profile-push_remove = أوقف الإرسال إلى هذا الجهاز
profile-push_title = الإشعارات على هذا الهاتف
profile-push_turn_off = عطّل
profile-push_turn_on = فعّل
profile-push_unsupported = هذا المتصفح لا يستطيع استقبال الإشعارات. يبقى كل شيء في «الرسائل».
profile-push_yes = نعم
profile-tier_choose_first = لم تختر أسرتك فئة سعر بعد. اختر الفئة التي تناسبك: يمكنك تغييرها لاحقًا.
profile-tier_explain = كل واحد يدفع حسب إمكانياته: اختر فئة السعر التي تناسب أسرتك. لا يُطلب أي إثبات، ويمكنك تغييرها متى شئت.
profile-tier_for = فئة سعر أسرة «{ $household }»
profile-tier_private = فئة سعرك تبقى خاصة: لا يراها أبدًا الأعضاء الآخرون ولا المتطوعون.
profile-tier_title = فئة سعري
profile-title = ملفي الشخصي
profile-tier_share = { $tier } — { $share }٪ من السعر
profile-push_device = { $device } — منذ { $since }
profile-push_choice = { $kind }: { $answer }

## push

push-kind_account = حسابي (رابط دخول جديد)
push-kind_cycle_cancelled = إلغاء دورة طلبات
push-kind_cycle_closing = اليوم السابق لنهاية الطلبات
push-kind_cycle_opened = فتح الطلبات
push-kind_election = انتخابات اللجان (الترشّح، ثم التصويت)
push-kind_order_changed = تعديل طلبي (منتوج ناقص، كمية مخفَّضة)
push-kind_order_changed_late = طلب تغيّر بعد الإغلاق (للتنسيق)
push-kind_order_ready = طلبي جاهز (أين ومتى أستلمه)
push-kind_shift_changed = تعديل مناوباتي التطوعية
push-kind_shift_needs_hands = مناوبة ينقصها متطوعون (يمكنني المساعدة)
push-kind_shift_short = مناوبة ينقصها متطوعون (للتنسيق)
push-kind_shift_tomorrow = اليوم السابق لمناوبتي التطوعية
push-kind_vote_closing = اليوم السابق لنهاية تصويت لم أشارك فيه
push-kind_vote_opened = فتح تصويت في لجنتي
push-kind_vote_result = نتائج التصويت في لجنتي وعلى أفكاري
push-kind_workshop_cancelled = إلغاء ورشة
push-kind_workshop_decided = الرد على الورشة التي اقترحتها
push-kind_workshop_place = الحصول على مكان في ورشة (قائمة الانتظار)
push-title = Pot Commun
push-kind_membership = عضويتي (حان وقت التجديد)
push-kind_grants = المنح (استُعمل 80 %، انتهت الفترة)

## reception

reception-arrived = وصل: { $amount }
reception-complete = وصل كل شيء.
reception-help = أدخل ما سلّمه كل منتج، ثم احفظ مرة واحدة للتسليم كله. اترك فارغًا ما لم يصل بعد. إذا نقص شيء، تُخفَّض طلبات هذا المنتوج بالتناوب (حصة لكل أسرة، ثم حصة ثانية…) وتتلقى الأسر المعنية رسالة.
reception-missing = ينقص { $qty }: خُفِّضت الطلبات.
reception-not_recorded = لم يُحفظ بعد: تبقى الطلبات كما هي.
reception-not_saved_yet = لم يُحفظ بعد: اضغط على «احفظ التسليم».
reception-nothing_typed = لا شيء للحفظ: أدخل على الأقل كمية واحدة وصلت.
reception-ordered = المطلوب: { $amount }
reception-record = احفظ التسليم
reception-surplus_choose = وصل أكثر مما طُلب. افتح «وصل أكثر مما طُلب؟» تحت هذا المنتوج واختر: تحتفظ به الجمعية، أو يستعيده المنتج.
reception-surplus_give_back = يستعيده المنتج
reception-surplus_keep = تحتفظ به الجمعية (يُدفع ثمنه للمنتج)
reception-surplus_kept = وصل زيادة على الطلب: { $qty }، احتفظت به الجمعية.
reception-surplus_question = وصل أكثر مما طُلب؟ ماذا نفعل بالفائض
reception-title = استلام البضائع
reception-what_arrived = الكمية التي وصلت ({ $unit })
reception-heading = استلام البضائع — { $cycle }

## report

report-back = العودة إلى حصيلة الدورة
report-csv = حمّل أوامر الشراء (CSV)
report-delivery_at = التسليم المنتظر: { $window }، في { $place }، { $address }
report-households = الأسر
report-letterhead_missing = اسم الجمعية وعنوانها غير موجودين في أوامر الشراء هذه: تُدخلهما الإدارة في «إعدادات الجمعية».
report-line_total = المجموع
report-link = أوامر الشراء والتحضير والحصيلة
report-packing = قوائم التحضير
report-packing_csv = حمّل قوائم التحضير (CSV)
report-paid = ما دفعته الأسر
report-po_number = أمر الشراء رقم { $number } — { $date }
report-po_title = طلبية موجَّهة إلى { $producer }
report-print = اطبع أوامر الشراء
report-print_hint = للطباعة: افتح قائمة المتصفح، ثم «طباعة» (Ctrl+P).
report-producer_total = أسعار المنتجين
report-product = المنتوج
report-purchase_orders_print = أوامر الشراء للطباعة، صفحة لكل منتج
report-quantity = الكمية
report-reduced = (مخفَّض: المطلوب { $ordered }، التسليم ناقص)
report-solidarity = كلفة التضامن
report-summary = الحصيلة حسب فئة السعر
report-total = المجموع
report-unit_price = سعر الوحدة
report-packing_line = { $amount } من { $product }
report-share = { $share }٪
report-cost_total = بسعر التكلفة
report-costs = تكاليف الجمعية
report-due = المستحق على الأسر

## role

role-admin = الإدارة
role-coordinator = التنسيق
role-treasurer = الخزينة
role-treasurer_explained = الخزينة (ترى الأموال، ولا ترى طلبات الأسر)

## shift

shift-add = أضف
shift-add_person = أضف شخصًا
shift-call_to_withdraw = المناوبة ستبدأ قريبًا: للانسحاب، اتصل بفريق التنسيق.
shift-confirm_delete =
    { $people ->
        [zero] لا أحد مسجَّل في هذه المناوبة. لا يمكن التراجع عن الحذف.
        [one] شخص واحد مسجَّل: ستصله رسالة تُخبره بأن هذه المناوبة حُذفت. لا يمكن التراجع عن الحذف.
        [two] شخصان مسجَّلان: ستصلهما رسالة تُخبرهما بأن هذه المناوبة حُذفت. لا يمكن التراجع عن الحذف.
        [few] تسجّل { $people } أشخاص: ستصلهم رسالة تُخبرهم بأن هذه المناوبة حُذفت. لا يمكن التراجع عن الحذف.
        [many] تسجّل { $people } شخصًا: ستصلهم رسالة تُخبرهم بأن هذه المناوبة حُذفت. لا يمكن التراجع عن الحذف.
       *[other] تسجّل { $people } شخص: ستصلهم رسالة تُخبرهم بأن هذه المناوبة حُذفت. لا يمكن التراجع عن الحذف.
    }
shift-copy_from = انسخ مناوبات الدورة «{ $cycle }»
shift-coverage = المناوبات التطوعية
shift-create = أنشئ المناوبة
shift-delete = احذف هذه المناوبة
shift-edit = عدّل أو احذف
shift-full = مكتملة
shift-household_hours = الوقت الذي قدّمته أسرتك: { $hours }.
shift-intro = كل توزيع يحتاج إلى بعض الأيدي. اختر مناوبة تناسبك: التسجيل التزام بسيط، وفريق التنسيق يشرح لك كل شيء في عين المكان.
shift-mark_done = حاضر/ة
shift-mark_no_show = غائب/ة
shift-mine = مناوباتي القادمة
shift-new = مناوبة جديدة
shift-none_open = لا توجد أي مناوبة مفتوحة حاليًا.
shift-none_yet = ليست لديك أي مناوبة بعد. اختر واحدة أدناه، بنقرة واحدة.
shift-open = المناوبات القادمة
shift-open_sheet = افتح ورقة التوزيع
shift-past = مناوباتي السابقة
shift-places_filled =
    { $taken ->
        [zero] لا أماكن مشغولة من أصل { $needed }
        [one] مكان واحد مشغول من أصل { $needed }
        [two] مكانان مشغولان من أصل { $needed }
        [few] { $taken } أماكن مشغولة من أصل { $needed }
        [many] { $taken } مكانًا مشغولًا من أصل { $needed }
       *[other] { $taken } مكان مشغول من أصل { $needed }
    }
shift-places_left =
    { $count ->
        [zero] لا أماكن متبقية
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $count } أماكن
        [many] بقي { $count } مكانًا
       *[other] بقي { $count } مكان
    }
shift-remove_person = أزِل
shift-short_soon = ينقصها متطوعون (أقل من 48 ساعة)
shift-sign_up = سجّلني
shift-status_done = تمّ، شكرًا
shift-status_no_show = غائب/ة
shift-status_signed = مسجَّل/ة
shift-tasks_first = أنشئ أولًا مهمة تطوعية.
shift-thanks = شكرًا على ما تقدّمه للمجموعة.
shift-title = التطوع
shift-warehouse = مقرّ الجمعية (المستودع)
shift-withdraw = ألغِ تسجيلي في هذه المناوبة
shift-yes_delete = نعم، احذف هذه المناوبة
shift-you_are_in = تم تسجيلك. شكرًا!
shift-cutoff =
    { $hours ->
        [zero] يمكنك الانسحاب عبر الإنترنت حتى بداية المناوبة.
        [one] يمكنك الانسحاب عبر الإنترنت حتى ساعة واحدة قبل البداية.
        [two] يمكنك الانسحاب عبر الإنترنت حتى ساعتين قبل البداية.
        [few] يمكنك الانسحاب عبر الإنترنت حتى { $hours } ساعات قبل البداية.
        [many] يمكنك الانسحاب عبر الإنترنت حتى { $hours } ساعة قبل البداية.
       *[other] يمكنك الانسحاب عبر الإنترنت حتى { $hours } ساعة قبل البداية.
    }
shift-contact = { $name }: { $phone }
shift-call_to_withdraw_at = المناوبة ستبدأ قريبًا. للانسحاب، اتصل بفريق التنسيق: { $contacts }
shift-past_line = { $task } — { $day }، { $hours }: { $status }
shift-taken_of = { $taken } من { $needed }
shift-coverage_of = المناوبات التطوعية — { $cycle }

## task

task-add = أضف هذه المهمة
task-at_table = تمنح الوصول إلى ورقة التوزيع (طاولة الاستلام، الصندوق)
task-intro = صِف كل مهمة مرة واحدة، بكلمات بسيطة: ما الذي يُفعل فيها، ولمن تناسب. ستختارها بعد ذلك لمناوبات كل دورة.
task-limited_mobility = مناسبة لمن يجد صعوبة في الحركة
task-little_french = لا تتطلب إلا القليل من الفرنسية
task-new = مهمة جديدة
task-title = المهام التطوعية
task-with_children = ممكنة مع الأطفال

## unit

unit-bag = كيس
unit-bottle = قارورة
unit-bunch = حزمة
unit-dozen = دزينة
unit-jar = علبة زجاجية
unit-kg = كغ
unit-l = ل
unit-piece = حبة
unit-amount =
    { $unit ->
        [kg] { $qty } كغ
        [l] { $qty } ل
        [jar]
            { $count ->
                [one] علبة زجاجية واحدة
                [two] علبتان زجاجيتان
                [few] { $qty } علب زجاجية
               *[other] { $qty } علبة زجاجية
            }
        [bunch]
            { $count ->
                [one] حزمة واحدة
                [two] حزمتان
                [few] { $qty } حزم
               *[other] { $qty } حزمة
            }
        [dozen]
            { $count ->
                [one] دزينة واحدة
                [two] دزينتان
                [few] { $qty } دزينات
               *[other] { $qty } دزينة
            }
        [bag]
            { $count ->
                [one] كيس واحد
                [two] كيسان
                [few] { $qty } أكياس
                [many] { $qty } كيسًا
               *[other] { $qty } كيس
            }
        [bottle]
            { $count ->
                [one] قارورة واحدة
                [two] قارورتان
                [few] { $qty } قوارير
               *[other] { $qty } قارورة
            }
       *[piece]
            { $count ->
                [one] حبة واحدة
                [two] حبتان
                [few] { $qty } حبات
               *[other] { $qty } حبة
            }
    }
unit-price_per = { $price } لكل { $unit }

## workshop

workshop-absent = غائب/ة
workshop-approve = اقبل
workshop-back = → كل الورشات
workshop-bring = يُرجى إحضار: { $things }
workshop-came = حاضر/ة
workshop-cancel = ألغِ الورشة
workshop-cancel_button = ألغِ وأخبر المسجَّلين
workshop-children_welcome = الأطفال مرحَّب بهم
workshop-coming = المسجَّلون: { $coming } · مع الأطفال: { $with_children }
workshop-decline = ارفض
workshop-free = مجانًا
workshop-full = مكتملة
workshop-host_page = من سيحضر؟
workshop-hosted_by = من تنشيط { $hosts }
workshop-intro = طبخ، خياطة، زيارة مزرعة، تحضير وجبات الأسبوع مسبقًا بمحتوى سلة الشهر: ورشات يقترحها الأعضاء، للالتقاء والتعلّم معًا.
workshop-join_waitlist = سجّلني في قائمة الانتظار
workshop-languages = اللغات: { $languages }
workshop-mine = اقتراحاتي للورشات
workshop-none = لا توجد ورشات مبرمجة حاليًا. اقترح ورشتك أدناه!
workshop-past = الورشات السابقة
workshop-places_left =
    { $count ->
        [zero] لا أماكن متبقية
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $count } أماكن
        [many] بقي { $count } مكانًا
       *[other] بقي { $count } مكان
    }
workshop-propose = اقترح ورشة
workshop-see_vote = اطّلع على التصويت
workshop-send_proposal = أرسل اقتراحي
workshop-sign_up = سجّلني
workshop-state_cancelled = ملغاة
workshop-state_declined = مرفوضة
workshop-state_in_vote = تصويت اللجنة جارٍ
workshop-state_proposed = في انتظار الموافقة
workshop-state_published = منشورة
workshop-title = الورشات
workshop-to_decide = ورشات تنتظر الموافقة
workshop-took_part =
    { $count ->
        [zero] لا مشاركين
        [one] مشارك واحد
        [two] مشاركان
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }
workshop-waiting = في الانتظار
workshop-withdraw = ألغِ تسجيلي
workshop-you_are_in = تم تسجيلك. إلى اللقاء قريبًا!
workshop-you_wait = ترتيبك في قائمة الانتظار: { $position }.
workshop-full_waiting =
    { $count ->
        [zero] مكتملة · لا أحد في قائمة الانتظار
        [one] مكتملة · شخص واحد في قائمة الانتظار
        [two] مكتملة · شخصان في قائمة الانتظار
        [few] مكتملة · { $count } أشخاص في قائمة الانتظار
        [many] مكتملة · { $count } شخصًا في قائمة الانتظار
       *[other] مكتملة · { $count } شخص في قائمة الانتظار
    }
workshop-plus_children =
    { $count ->
        [zero] (بدون أطفال)
        [one] (+طفل واحد)
        [two] (+طفلان)
        [few] (+{ $count } أطفال)
        [many] (+{ $count } طفلًا)
       *[other] (+{ $count } طفل)
    }
workshop-proposal_title = ورشة: { $title }
workshop-proposal_facts =
    { $places ->
        [zero] { $when } · { $place } · لا أماكن
        [one] { $when } · { $place } · مكان واحد
        [two] { $when } · { $place } · مكانان
        [few] { $when } · { $place } · { $places } أماكن
        [many] { $when } · { $place } · { $places } مكانًا
       *[other] { $when } · { $place } · { $places } مكان
    }
workshop-voted_down = لم تقبله اللجنة ({ $for } مع، { $against } ضد)

## language

language-own_name = العربية
language-choose = اللغة

## money

money-amount = { $amount } €
money-all_settled = لا توجد أسرة عليها مبلغ أو لها مبلغ مدفوع مسبقًا.
money-association_owed = اليوم، للجمعية كلها: { $owed } على الأسر، و{ $credit } مدفوعة مسبقًا.
money-balances_title = حسابات الأسر
money-by_tier = حسب فئة السعر
money-codes_read = الحسابات: الأعضاء { $members }، المبيعات { $sales }، الصندوق { $cash }، البنك { $bank }. لا يغيّرها إلا المسؤول عن الإدارة.
money-codes_title = أرقام الحسابات في دفتر اليومية
money-collected_title = المبالغ المحصَّلة في التوزيعات
money-export_hint = للمحاسب أو المحاسبة: دفتر اليومية (مدين، دائن، رقم الحساب) ودفتر الأستاذ العام. تظهر فيهما الأسر برقمها، ولا تظهر باسمها أبدًا.
money-export_title = ملفات للمحاسبة
money-from = من
money-goods_title = البضائع
money-invoice_expected = أمر الشراء بعد خصم ما نقص: { $amount }
money-invoice_invoiced = المبلغ في الفاتورة: { $amount } (الفرق { $gap })
money-invoice_paid = الفاتورة مدفوعة.
money-invoice_pay = سجّل الفاتورة كمدفوعة
money-invoice_save = احفظ الفاتورة
money-invoices_title = فواتير المنتجين
money-journal_csv = حمّل دفتر اليومية (CSV)
money-ledger_csv = حمّل دفتر الأستاذ العام (CSV)
money-link = أموال الدورة
money-nothing_collected = لم يُحصَّل شيء حتى الآن.
money-rule = يُقرَّب كل سطر مرة واحدة، إلى أقرب سنتيم (النصف يُقرَّب إلى الأعلى)، وكل مجموع هو مجموع الأسطر: ما على الأسر زائد كلفة التضامن يساوي البضائع بسعر التكلفة.
money-till_not_counted = لم يُعَدّ الصندوق بعد.
money-tills = الصناديق
money-title = أموال الدورة { $cycle }
money-to = إلى
money-treasury = الخزينة
money-debt_blocks_ordering = الأسرة التي عليها مبلغ تدفعه قبل أن تطلب من جديد (وإلا يُطلب منها في التوزيع التالي)

## time

time-moment = { $day } على الساعة { $time }
time-window = { $day }، من { $start } إلى { $end }
time-hours = من { $start } إلى { $end }
time-duration_hours = { $hours } س
time-duration_minutes = { $minutes } د
time-duration_hours_minutes = { $hours } س { $minutes } د

## cost

cost-kind_per_unit = لكل وحدة
cost-kind_percent = نسبة مئوية من سعر المنتج
cost-kind_per_kg = لكل كيلو (المنتوجات التي تُباع بالوزن)
cost-scope_all = كل المنتوجات
cost-scope_category = قسم واحد
cost-scope_product = منتوج واحد
cost-scope_cycle = دورة واحدة
cost-add = أضف هذه الكلفة
cost-explain = سعر التكلفة لمنتوج هو سعر المنتج مضافًا إليه هذه التكاليف (النقل، التخزين، التغليف، احتياطي صغير). كل فئة سعر هي نسبة من سعر التكلفة. سحب كلفة لا يغيّر الطلبات التي قُدِّمت من قبل.
cost-list = التكاليف المضافة إلى الأسعار
cost-name_example = النقل
cost-new = كلفة جديدة
cost-none = لا توجد تكاليف: الأسعار هي أسعار المنتجين.
cost-per_kg = { $amount } لكل كيلو
cost-per_unit = { $amount } لكل وحدة
cost-percent = { $percent }٪ من سعر المنتج
cost-scope_hint = اختر القسم أو المنتوج أو الدورة فقط إذا كانت الكلفة تخصّه وحده.
cost-scope_named = { $scope }: { $name }
cost-title = التكاليف
cost-withdraw = اسحب
cost-withdrawn = مسحوبة

## ledger

ledger-kind_order = طلب
ledger-kind_payment = دفعة
ledger-kind_membership = عضوية
ledger-kind_top_up = دفعة مسبقة
ledger-kind_refund = استرداد
ledger-kind_adjustment = تصحيح
ledger-kind_reversal = إلغاء
ledger-period = من { $from } إلى { $to }
ledger-account_hint = ما على أسرتك أو ما دفعته مسبقًا، وكل دفعة، وإيصالاتك.
ledger-account_of = حساب { $household }
ledger-back_to_account = العودة إلى حسابي
ledger-back_to_household = العودة إلى صفحة الأسرة
ledger-balance_explain = يمكنك الدفع على عدة مرات: يُطلب منك الباقي في التوزيع القادم. المبلغ المدفوع مسبقًا يدفع الطلب القادم تلقائيًا.
ledger-balance_title = وضع حسابك
ledger-credit = لديك { $amount } مدفوعة مسبقًا.
ledger-entries_title = العمليات
ledger-entry_adjustment = تصحيح: { $reason }
ledger-entry_membership = العضوية { $period }
ledger-entry_order = طلب — { $cycle }
ledger-entry_payment = دُفع ({ $method })
ledger-entry_refund = استُرِدّ ({ $method })
ledger-entry_reversal = إلغاء «{ $what }»: { $reason }
ledger-entry_top_up = دفعة مسبقة ({ $method })
ledger-household_link = حساب الأسرة (الدفعات، الدفعات المسبقة، العضوية)
ledger-in_favour = تصحيح لصالح الأسرة (يصبح عليها مبلغ أقل)
ledger-minus = − { $amount }
ledger-my_account = حسابي
ledger-no_entries = لا شيء حتى الآن.
ledger-owes = على أسرتك أن تدفع { $amount }.
ledger-print = اطبع الإيصال
ledger-receipt = الإيصال
ledger-receipt_membership = أسرة { $household } عضو في الجمعية { $period }. رسم العضوية: { $amount }.
ledger-receipt_membership_title = شهادة عضوية
ledger-receipt_number = الإيصال رقم { $number }
ledger-receipt_payment = تسلّمت الجمعية { $amount } من أسرة { $household } ({ $method })، في { $date }.
ledger-receipt_recorded = سُجِّل في { $date } من طرف { $by }.
ledger-receipt_reversed = أُلغيت هذه العملية بعد ذلك.
ledger-receipt_title = إيصال الدفع
ledger-record_hint = الدفعة أو الدفعة المسبقة تُنقص ما على الأسرة؛ والاسترداد يُرجع مبلغًا مدفوعًا مسبقًا. يُصحَّح الخطأ بزر «ألغِ»، ولا يُحذف أبدًا.
ledger-record_submit = سجّل
ledger-record_title = سجّل عملية
ledger-recorded_by = سُجِّلت من طرف { $by }
ledger-reference = المرجع: { $reference }
ledger-reverse = ألغِ هذه العملية
ledger-reverse_submit = ألغِ العملية
ledger-reversed = ملغاة
ledger-settled = لا شيء للدفع، ولا مبلغ مدفوع مسبقًا.
ledger-household_owes = على الأسرة { $amount }.
ledger-household_credit = للأسرة { $amount } مدفوعة مسبقًا.
ledger-household_settled = لا شيء على الأسرة، وليس لها مبلغ مدفوع مسبقًا.

## membership

membership-blocks_ordering = لا يمكن لأسرة انتهت عضويتها أن تطلب (إن لم تُحدَّد هذه الخانة، تتلقى الأسرة تذكيرًا فقط)
membership-booked =
    { $n ->
        [zero] لم تُجدَّد أي عضوية.
        [one] جُدِّدت عضوية واحدة.
        [two] جُدِّدت عضويتان.
        [few] جُدِّدت { $n } عضويات.
        [many] جُدِّدت { $n } عضويةً.
       *[other] جُدِّدت { $n } عضوية.
    }
membership-bulk_hint = يُضاف كل رسم عضوية إلى حساب الأسرة، مع قبول الميثاق الحالي في المداومة. لا يُسجَّل شيء قبل أن تؤكّد.
membership-bulk_preview = تجديد العضويات ({ $n }) من { $from } إلى { $to }: { $fee } لكل عضوية، و{ $total } في المجموع، على الأسر دفعها.
membership-bulk_submit =
    { $n ->
        [zero] جدّد العضويات
        [one] جدّد هذه العضوية
        [two] جدّد هاتين العضويتين
        [few] جدّد هذه العضويات ({ $n })
        [many] جدّد هذه العضويات ({ $n })
       *[other] جدّد هذه العضويات ({ $n })
    }
membership-charter_read = اقرأ الميثاق (النسخة { $version })
membership-charter_version = الميثاق، النسخة { $version }
membership-current = أسرتك عضو حتى { $date }.
membership-desk_accept = قرأت الأسرة الميثاق وتقبله
membership-desk_submit = سجّل العضوية
membership-desk_title = العضوية
membership-fee_free = رسم العضوية حرّ، { $amount } على الأقل.
membership-fee_set = رسم العضوية: { $amount }.
membership-free_amount = يختار الأعضاء رسم العضوية، بما لا يقل عن هذا الحد الأدنى
membership-join = انضمّ إلى الجمعية
membership-lapsed = انتهت عضوية أسرتك في { $date }.
membership-never = أسرتك ليست عضوًا بعد.
membership-never_short = أبدًا
membership-none_to_renew = لا توجد عضويات للتجديد هذا الشهر.
membership-owed_hint = يُضاف رسم العضوية إلى حسابك: تدفعه في التوزيع القادم، أو بتحويل بنكي.
membership-paid_now = المبلغ المدفوع الآن (€)
membership-period = العضوية من { $from } إلى { $to }.
membership-publish = انشر هذه النسخة
membership-publish_hint = النسخة الجديدة لا تغيّر العضويات السابقة: تحتفظ كل عضوية بالنسخة التي قُبلت.
membership-recorded_desk = في المداومة، من طرف { $by }، في { $date }
membership-recorded_online = عبر الإنترنت، من طرف { $by }، في { $date }
membership-register_line = عضو { $period } (الميثاق، النسخة { $version }).
membership-register_list = سجل العضويات
membership-register_title = العضويات
membership-renew = جدّد العضوية
membership-renew_soon = تنتهي عضوية أسرتك في { $date }: يمكنك تجديدها.
membership-settings = إعدادات العضوية
membership-title = العضوية
membership-to_renew = للتجديد
membership-register_detail = رسم العضوية { $fee } · الميثاق، النسخة { $version } · { $recorded }

## price

price-back = العودة إلى الكتالوج
price-cost = + { $cost }
price-cost_price = سعر التكلفة
price-explain_cost = سعر التكلفة هو سعر المنتج مضافًا إليه كلفة جلب المنتوج وحفظه. الجمعية لا تربح منه شيئًا.
price-explain_share = فئة سعرك: تدفع { $share }٪ من سعر التكلفة.
price-no_costs = لا تُضاف أي كلفة إلى هذا المنتوج: سعر التكلفة هو سعر المنتج.
price-private = فئة سعرك لا تظهر إلا لك.
price-producer = سعر المنتج ({ $producer })
price-title = لماذا هذا السعر: { $product }
price-yours = سعرك

## funding

funding-title = الجهات المموِّلة
funding-report_title = تقرير النشاط
funding-report_link = اعرض تقرير النشاط الموجَّه إلى الجهات المموِّلة
funding-grants = المنح
funding-funders = الجهات المموِّلة
funding-no_grants = لا توجد منح مسجَّلة حتى الآن.
funding-mode_priority = حسب ترتيب الأولوية: تدفع المنحة رقم 1 أولًا، ثم المنحة التي تليها.
funding-mode_pro_rata = بالتناسب: تُقسَم كلفة كل دورة بين المنح حسب مبلغ كل منحة.
funding-mode_priority_hint = كلفة التضامن لكل دورة أُغلقت طلباتها تدفعها المنح حسب ترتيب أولويتها.
funding-mode_pro_rata_hint = كلفة التضامن لكل دورة أُغلقت طلباتها تُقسَم بين المنح حسب مبلغ كل منحة.
funding-used_of = استُعمل { $used } من أصل { $amount }
funding-period = من { $from } إلى { $to }
funding-unfunded_to_date = كلفة التضامن غير المموَّلة حتى اليوم: { $amount }
funding-new_grant = سجّل منحة
funding-add_funder_first = أضف أولًا جهة مموِّلة، في الأسفل.
funding-source_grant = منحة من جهة مموِّلة (مبلغ لفترة محدَّدة)
funding-source_members = دعم الأعضاء الذين يدفعون أكثر من سعر التكلفة
funding-earmarks = ما يمكن أن تدفعه المنحة (اتركه فارغًا: كل شيء)
funding-no_min = بلا حصة دنيا
funding-record_grant = سجّل المنحة
funding-add_funder = أضف الجهة المموِّلة
funding-funder_hint = البلدية، CAF، MSA، مؤسسة خيرية، هيئة سكن اجتماعي، الأعضاء الداعمون…
funding-settings = التقسيم والتقارير
funding-earmark_share = فئات السعر حتى { $percent }٪ فقط
funding-earmark_categories = فقط: { $categories }
funding-earmark_cap = { $amount } على الأكثر لكل أسرة خلال الفترة
funding-earmark_min = { $percent }٪ على الأقل في { $category }
funding-use = الاستعمال
funding-used_percent = استُعمل { $used } من أصل { $amount } ({ $percent }٪)
funding-left = المتبقي: { $amount }
funding-forecast = بالوتيرة الحالية، سيُستعمل { $amount } بحلول { $to }.
funding-ended_left = انتهت الفترة وبقي { $amount }.
funding-grant_report = تقرير هذه المنحة
funding-by_cycle = ما دفعته المنحة، دورة بعد دورة
funding-nothing_yet = لا شيء حتى الآن: لا توجد في فترتها أي دورة أُغلقت طلباتها وتخصّها.
funding-received = المبالغ المستلَمة من الجهة المموِّلة
funding-received_total = المستلَم حتى اليوم: { $amount }
funding-reversal = إلغاء
funding-cancel_receipt = ألغِ هذه العملية
funding-record_receipt = سجّل المبلغ المستلَم
funding-back = العودة إلى الجهات المموِّلة
funding-few = < 5
funding-share = { $percent }٪
funding-percent = { $percent }٪
funding-unfunded = الجزء غير المموَّل
funding-scope_all = الجمعية كلها
funding-scope_funder = الجهة المموِّلة: { $funder }
funding-scope_grant = المنحة: { $grant }
funding-choose = الفترة والجهة المموِّلة
funding-all_funders = كل الجهات المموِّلة
funding-all_grants = كل المنح
funding-show = اعرض
funding-download_ods = حمّل جدول البيانات (.ods)
funding-download_csv = حمّل بصيغة CSV
funding-anonymous = دون كشف الهوية: لا أسماء ولا أرقام هواتف ولا عناوين بريد إلكتروني. الرقم الذي يخصّ أقل من 5 أسر يظهر هكذا: «< 5».
funding-served = الأسر التي خدمتها الجمعية
funding-households = الأسر التي خدمتها الجمعية
funding-new = أسر جديدة (أول طلب لها خلال الفترة)
funding-returning = أسر جاءت من قبل
funding-composition_said = الأسر التي ذكرت عدد أفرادها
funding-adults = البالغون
funding-children = الأطفال
funding-chart_households = الأسر التي خدمتها الجمعية حسب الشهر وفئة السعر
funding-chart_households_desc = أعمدة متراكبة: لكل شهر، عدد الأسر التي خدمتها الجمعية في كل فئة سعر. الجدول التالي يعرض الأرقام نفسها.
funding-chart_funders = كلفة التضامن حسب الشهر والجهة المموِّلة
funding-chart_funders_desc = أعمدة متراكبة: لكل شهر، ما دفعته كل جهة مموِّلة من كلفة التضامن، والجزء غير المموَّل. الجدول التالي يعرض الأرقام نفسها.
funding-chart_produce = حصة الخضر والفواكه من المشتريات
funding-chart_produce_desc = لكل شهر، حصة الخضر والفواكه من المشتريات بسعر التكلفة، بالنسبة المئوية. الجدول التالي يعرض الأرقام نفسها.
funding-solidarity = كلفة التضامن
funding-solidarity_total = كلفة التضامن خلال الفترة: { $amount }
funding-unfunded_total = الجزء غير المموَّل منها: { $amount }
funding-by_tier = كلفة التضامن حسب فئة السعر
funding-goods = ما تم شراؤه
funding-goods_total = المشتريات بسعر التكلفة
funding-kg_total = وزن المنتوجات التي تُباع بالكيلو
funding-kg = { $kg } كغ
funding-produce_share = حصة الخضر والفواكه
funding-organic_share = حصة المنتوجات البيولوجية
funding-local_share = حصة المنتوجات المحلية (على مسافة أقل من { $km } كم)
funding-by_category = حسب القسم (كل طلبات الجمعية)
funding-col_what = البند
funding-col_total = الفترة كلها
funding-col_category = القسم
funding-col_goods = المشتريات بسعر التكلفة
funding-col_kg = الوزن (كغ)
funding-col_solidarity_paid = كلفة التضامن المدفوعة
funding-col_cycle = الدورة
funding-col_date = التاريخ
funding-col_solidarity = كلفة التضامن
funding-col_grant = مصدر الدفع
funding-col_paid = المبلغ
funding-life = حياة الجمعية
funding-volunteer_hours = ساعات التطوع
funding-volunteers = المتطوعون
funding-workshops = الورشات المنظَّمة
funding-workshop_places = الأماكن المحجوزة في الورشات
funding-workshop_present = الحضور المسجَّل في الورشات
funding-votes = عمليات التصويت في اللجان
funding-participation = المشاركة في التصويت
funding-ballots = الأصوات المُدلى بها: { $ballots }، والأصوات الممكنة: { $eligible }
funding-ballots_cast = الأصوات المُدلى بها
funding-ballots_eligible = الأصوات الممكنة
funding-trace = من أين تأتي الأرقام
funding-trace_hint = كل دورة أُغلقت طلباتها خلال الفترة: كلفة التضامن فيها ومن دفعها. حصيلة الدورة تعرض تفاصيل طلباتها.
funding-trace_cycle = كلفة التضامن { $amount }، والجزء غير المموَّل منها { $unfunded }
funding-trace_paid = { $grant }: { $amount }
funding-sheet_summary = الملخص
funding-sheet_households = الأسر
funding-sheet_funders = الجهات المموِّلة
funding-sheet_tiers = فئات السعر
funding-sheet_goods = المشتريات
funding-sheet_trace = الدورات
funding-composition_title = أسرتك
funding-composition_hint = إن أردت: كم شخصًا يعيش في الأسرة. تبقى هذه المعلومة خاصة، مثل فئة سعرك؛ ولا تنشر الجمعية إلا الأرقام الإجمالية، من أجل الجهات المموِّلة.
funding-error_amount = يجب أن يكون المبلغ أكبر من 0، و10 000 000 € على الأكثر.
funding-error_period = يجب أن تنتهي الفترة بعد بدايتها، وألا تتجاوز مدتها ثلاث سنوات.
funding-error_share = يجب أن تكون فئة السعر نسبة مئوية بين 1 و100.
funding-error_cap = يجب أن يكون الحد الأقصى لكل أسرة أكبر من 0، وألا يتجاوز المبلغ.
funding-error_min_share = اختر القسم والحصة الدنيا (بين 1 و100 %)، أو لا تختر أيًّا منهما.
funding-error_priority = يجب أن يكون ترتيب الأولوية عددًا بين 1 و1000.
funding-error_funder_taken = هذه الجهة المموِّلة موجودة من قبل.
funding-error_reversed = هذه العملية ملغاة من قبل.
funding-error_km = يجب أن تكون المسافة عددًا من الكيلومترات بين 1 و1000.
funding-error_people = يُرجى إدخال عدد بين 0 و20.
