### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Đường dây nóng Quốc gia chống mua bán người

## Section "Get help" on the article page.

help-heading = Tìm sự giúp đỡ
help-call = Hãy gọi { -hotline-name } theo số { -hotline-phone }.
help-hours = Đường dây nóng hoạt động 24 giờ mỗi ngày, 7 ngày mỗi tuần.
help-free = Dịch vụ miễn phí và bảo mật.
help-languages = Bạn có thể nói bằng tiếng Anh, tiếng Tây Ban Nha, hoặc hơn 200 ngôn ngữ khác qua thông dịch viên.
help-not-police = Đường dây nóng không phải là cảnh sát và không phải là sở di trú. Đường dây nóng không thuộc chính phủ. Đường dây nóng giúp tất cả mọi người, bất kể tình trạng di trú.
help-privacy-limit = Đường dây nóng giữ bí mật những gì bạn nói. Nhưng đường dây nóng sẽ báo cho nhà chức trách nếu nghĩ rằng một trẻ em đang bị xâm hại hoặc có người sắp bị hại.
help-text = Nhắn HELP hoặc INFO đến số { -hotline-text }. Dịch vụ nhắn tin chỉ có tiếng Anh và tiếng Tây Ban Nha.
help-tty = Nếu bạn khiếm thính, nghe kém hoặc có khuyết tật về lời nói, hãy gọi { -hotline-tty } (dịch vụ chuyển tiếp cuộc gọi).
help-web = Trò chuyện trực tuyến hoặc gửi tin nhắn trên trang web: { -hotline-website }
help-emergency = Nếu có người đang gặp nguy hiểm ngay lúc này, hãy gọi { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Giữ an toàn
help-safety-phone = Có người có thể kiểm tra điện thoại của bạn. Sau khi gọi hoặc nhắn tin, bạn có thể muốn xóa cuộc gọi hoặc tin nhắn khỏi điện thoại.
help-safety-leaving = Việc rời đi có thể nguy hiểm. Đường dây nóng có thể giúp bạn lập kế hoạch an toàn.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Gọi miễn phí, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Nhắn HELP đến { -hotline-text }. Viết bằng tiếng Anh hoặc tiếng Tây Ban Nha
short-emergency = Đang gặp nguy hiểm? Gọi { -emergency-phone }.
short-facts = Miễn phí. Kín đáo. Bằng tiếng của bạn. Không phải cảnh sát. Không phải sở di trú.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Tôi nói tiếng:
