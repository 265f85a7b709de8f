### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = কেউ কি আপনাকে টাকার জন্য যৌন সম্পর্ক করতে বাধ্য করছে?
flyer-lead = আপনি একা নন। সাহায্য বিনামূল্যে ও গোপনে পাওয়া যায়, দিনে-রাতে যেকোনো সময়।
flyer-signs-heading = যৌন শোষণের জন্য মানুষ কেনাবেচার লক্ষণ
flyer-scan-call = স্ক্যান করে ফোন করুন
flyer-scan-text = স্ক্যান করে মেসেজ পাঠান
flyer-safety = কেউ আপনার ফোন চেক করতে পারে। পরে আপনি কল বা মেসেজ মুছে ফেলতে পারেন।
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = সাহায্য 24/7
