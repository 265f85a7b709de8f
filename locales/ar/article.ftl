### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = ما هو الاتجار بالبشر لأغراض الجنس؟
article-lead = الاتجار بالبشر لأغراض الجنس جريمة. يمكن أن يحدث لأي شخص. اعرف العلامات، وتعلم كيف تساعد.

## Section: what sex trafficking is.

article-what-heading = ما معناه
article-what-human = الاتجار بالبشر جريمة يستخدم فيها شخص القوة أو الاحتيال أو الإكراه ليستغل الناس لمصلحته أو لمصلحة غيره.
article-what-sex = الاتجار بالبشر لأغراض الجنس نوع من الاتجار بالبشر. فيه يُجبر الشخص على القيام بأفعال جنسية مقابل مال أو أي شيء آخر له قيمة. إذا كان عمر الشخص أقل من 18 سنة، فهذا اتجار بالبشر لأغراض الجنس حتى دون القوة أو الاحتيال أو الإكراه.
article-what-smuggling = الاتجار بالبشر ليس مثل تهريب البشر. الاتجار جريمة ضد شخص. التهريب جريمة ضد حدود الدولة.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = ماذا يقول القانون
article-law-intro = القانون الرئيسي في الولايات المتحدة هو «قانون حماية ضحايا الاتجار بالبشر لعام 2000» (TVPA) مع تعديلاته. كان أول قانون اتحادي شامل ضد الاتجار بالبشر. تجده في الباب 22 من مدونة قوانين الولايات المتحدة، القسم 7102. وهو يقدم تعريفين:
article-law-force = الاتجار بالبشر لأغراض الجنس: تجنيد شخص أو إيواؤه أو نقله أو تقديمه أو الحصول عليه أو الدفع مقابله أو طلبه من أجل فعل جنسي تجاري.
article-law-minor = شكل خطير من الاتجار بالبشر: الاتجار بالبشر لأغراض الجنس عندما تكون القوة أو الاحتيال أو الإكراه هي ما يدفع الشخص إلى القيام بالفعل الجنسي، أو عندما يكون عمر الشخص أقل من 18 سنة. إذا كان عمره أقل من 18 سنة، فليس من الضروري وجود القوة أو الاحتيال أو الإكراه. الحماية التي يقدمها القانون للضحايا مبنية على هذا التعريف.
article-law-commercial = «الفعل الجنسي التجاري» هو أي فعل جنسي يعطي أو يأخذ مقابله أي شخص أي شيء له قيمة.

## Section: who is at risk, and why few cases are reported.

article-who-heading = من المعرضون للخطر
article-who-target = يبحث تجار البشر عن الأشخاص الأقل حماية: من يعيشون في فقر، ومن لم يدرسوا إلا قليلا، ومن ليس لديهم إقامة قانونية. المهاجرون في خطر أثناء الرحلة وبعد الوصول.
article-who-anyone = يمكن أن يكون الضحايا من أي عرق أو جنس أو خلفية أو جنسية. الرجال والفتيان ضحايا أيضا، لكن اكتشاف حالاتهم أقل بكثير. الفتيان والشبان من مجتمع الميم (مثل المثليين والعابرين جنسيا) في خطر خاص.
article-who-unreported = كثير من الحالات لا يبلغ عنها أحد أبدا. قد يخاف الضحايا على سلامتهم. وقد يخافون من الشرطة أو المحاكم أو الخدمات الأخرى.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = عشر علامات تحذير
article-flags-intro = قد تعني هذه العلامات أن الشخص يتعرض للاتجار بالبشر.

## Section: what a bystander can do.

article-act-heading = ماذا يمكنك أن تفعل
article-act-confront = لا تواجه الشخص الذي تظن أنه تاجر بشر. قد يجعل ذلك الضحية في خطر أكبر.
article-act-danger = إذا كان شخص في خطر الآن، اتصل بالرقم { -emergency-phone }.
article-act-report = إذا لم يكن هناك خطر الآن، اتصل بالخط الساخن أو أرسل إليه رسالة نصية. يمكنه أن يساعدك على أن تقرر ماذا تفعل.
article-act-discreet = كن حذرا ولطيفا. حافظ على سرية ما تعرفه.
