### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = သင် ငွေအတွက် လိင်ဆက်ဆံဖို့ အတင်းခိုင်းခံနေရသလား။
flyer-lead = သင် တစ်ယောက်တည်း မဟုတ်ပါ။ အခမဲ့ လျှို့ဝှက် အကူအညီ နေ့ရော ညပါ ရပါတယ်။
flyer-signs-heading = လိင်ပိုင်းဆိုင်ရာ လူကုန်ကူးမှု လက္ခဏာ
flyer-scan-call = စကင်: ဖုန်းခေါ်
flyer-scan-text = စကင်: စာတိုပို့
flyer-safety = ဖုန်း စစ်ခံရနိုင်ပါတယ်။ ခေါ်ဆိုမှု သို့မဟုတ် စာတို ပြီးရင် ဖျက်နိုင်ပါတယ်။
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = အကူအညီ 24/7
