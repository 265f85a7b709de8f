### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = 有人強迫您為了錢發生性關係嗎？
flyer-lead = 您並不孤單。這裡有免費、保密的幫助，白天晚上都有。
flyer-signs-heading = 性販運的跡象
flyer-scan-call = 掃描撥打
flyer-scan-text = 掃描傳簡訊
flyer-safety = 有人可能會檢查您的手機。打電話或傳簡訊後，您可以刪除通話紀錄或簡訊。
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = 求助 24小時/7天
