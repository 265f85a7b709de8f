### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Có ai đang ép bạn quan hệ tình dục để lấy tiền không?
flyer-lead = Bạn không đơn độc. Có sự giúp đỡ miễn phí và kín đáo, cả ngày lẫn đêm.
flyer-signs-heading = Dấu hiệu mua bán người để bóc lột tình dục
flyer-scan-call = Quét để gọi
flyer-scan-text = Quét để nhắn tin
flyer-safety = Điện thoại của bạn có thể bị kiểm tra. Sau khi gọi hoặc nhắn tin, bạn có thể xóa cuộc gọi hoặc tin nhắn.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Giúp đỡ 24/7
