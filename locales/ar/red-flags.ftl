### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = علامات إيذاء
    .details = كدمات أو جروح أو علامات عنف أخرى. قد يبدو أن أحدا يتحكم بالشخص أو يجبره.
red-flag-fear = خوف
    .details = يبدو الشخص خائفا أو متوترا أو مطيعا أكثر من اللازم، خاصة قرب تاجر البشر. قد لا ينظر في عينيك.
red-flag-isolation = عزلة عن الأهل والأصدقاء
    .details = يبقي تاجر البشر الشخص بعيدا عن الناس الذين يمكن أن يساعدوه.
red-flag-moving = نقل متكرر
    .details = يتم نقل الشخص كثيرا، من مكان إلى مكان أو من مدينة إلى مدينة.
red-flag-documents = أوراق الهوية مع شخص آخر
    .details = شخص آخر يحتفظ بجواز سفره أو بطاقة هويته.
red-flag-speech = لا يستطيع الكلام بحرية
    .details = الشخص ممنوع من أن يتكلم بنفسه، أو يخاف أن يتكلم.
red-flag-story = إجابات متناقضة أو محفوظة
    .details = تتغير إجاباته، أو تبدو محفوظة. ربما قال له أحد ماذا يقول.
red-flag-companion = شخص أكبر سنا يتحكم
    .details = مرافق أكبر سنا يبقى قريبا، ويقرر ماذا يفعل الشخص ومع من يتكلم.
red-flag-substances = مخدرات أو كحول
    .details = يبدو أن الشخص يعتمد على المخدرات أو الكحول. تجار البشر يستخدمونها للسيطرة على الناس.
red-flag-minor = طفل أو مراهق في الجنس التجاري
    .details = أي شخص عمره أقل من 18 سنة في الجنس التجاري هو ضحية اتجار بالبشر. ليس من الضروري وجود القوة.
