### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = ငွေအတွက် လိင်ဆက်ဆံဖို့ တစ်စုံတစ်ယောက်က သင့်ကို အတင်းခိုင်းနေသလား။
flyer-lead = သင် တစ်ယောက်တည်း မဟုတ်ပါဘူး။ အကူအညီဟာ အခမဲ့ ဖြစ်ပြီး လျှို့ဝှက်ထားပေးပါတယ်၊ နေ့ရော ညပါ ရပါတယ်။
flyer-signs-heading = လိင်ပိုင်းဆိုင်ရာ လူကုန်ကူးမှု လက္ခဏာများ
flyer-scan-call = စကင်ဖတ်ပြီး ဖုန်းခေါ်ပါ
flyer-scan-text = စကင်ဖတ်ပြီး စာတိုပို့ပါ
flyer-safety = သင့်ဖုန်းကို တစ်စုံတစ်ယောက်က စစ်ဆေးနိုင်ပါတယ်။ ဖုန်းခေါ်ပြီးရင် ခေါ်ဆိုမှုကို ဖျက်နိုင်ပါတယ်။
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = အကူအညီ 24/7
