### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Dấu hiệu bị bạo hành
    .details = Vết bầm, vết thương hoặc dấu hiệu bạo lực khác. Người đó có thể có vẻ bị kiểm soát hoặc bị bắt ép.
red-flag-fear = Sợ hãi
    .details = Người đó có vẻ sợ hãi, lo lắng hoặc quá vâng lời, nhất là khi ở gần kẻ mua bán người. Họ có thể không nhìn thẳng vào mắt bạn.
red-flag-isolation = Bị tách khỏi gia đình và bạn bè
    .details = Kẻ mua bán người giữ người đó tránh xa những người có thể giúp họ.
red-flag-moving = Bị chuyển chỗ thường xuyên
    .details = Người đó thường bị chuyển đi, từ nơi này sang nơi khác hoặc từ thành phố này sang thành phố khác.
red-flag-documents = Không tự giữ giấy tờ tùy thân
    .details = Người khác giữ hộ chiếu hoặc thẻ căn cước của họ.
red-flag-speech = Không được nói tự do
    .details = Người đó không được tự mình lên tiếng, hoặc sợ lên tiếng.
red-flag-story = Câu chuyện không khớp
    .details = Câu trả lời của họ thay đổi, hoặc nghe như đã học thuộc. Có thể ai đó đã dặn họ phải nói gì.
red-flag-companion = Người lớn tuổi hơn kiểm soát
    .details = Một người đi cùng lớn tuổi hơn luôn ở sát bên và quyết định người đó làm gì, nói chuyện với ai.
red-flag-substances = Ma túy hoặc rượu
    .details = Người đó có vẻ phụ thuộc vào ma túy hoặc rượu. Kẻ mua bán người dùng chúng để kiểm soát người khác.
red-flag-minor = Trẻ em, thiếu niên trong tình dục thương mại
    .details = Một người dưới 18 tuổi trong hoạt động tình dục thương mại là nạn nhân của mua bán người. Không cần có vũ lực.
