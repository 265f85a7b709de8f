### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = 有人强迫您为了钱发生性关系吗？
flyer-lead = 您并不孤单。这里有免费、保密的帮助，白天晚上都有。
flyer-signs-heading = 性贩运的迹象
flyer-scan-call = 扫码拨打
flyer-scan-text = 扫码发短信
flyer-safety = 有人可能会查看您的手机。打电话或发短信后，您可以删除通话记录或短信。
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = 求助 24小时/7天
