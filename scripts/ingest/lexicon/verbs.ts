/**
 * Verbs that open a task in plan documents. They end a subject ("Sở Y tế **tập trung** …"),
 * end a partner list ("phối hợp với Sở KH&CN **đánh giá** …") and cut clauses off agency
 * mentions. Lower-case only: capitalised words belong to names ("Ban Tổ chức Tỉnh ủy").
 */

/** Verbs that never occur lower-case inside an agency name. */
export const STRONG_VERBS: readonly string[] = [
  'tập trung', 'thực hiện', 'tiếp tục', 'triển khai', 'tổ chức', 'chủ động', 'khẩn trương', 'đẩy mạnh',
  'tăng cường', 'rà soát', 'hướng dẫn', 'tham mưu', 'theo dõi', 'quan tâm', 'nghiên cứu', 'chỉ đạo',
  'quyết liệt', 'nâng cao', 'đôn đốc', 'ban hành', 'hoàn thành', 'đề xuất', 'bố trí', 'cân đối',
  'kịp thời', 'thường xuyên', 'nghiêm túc', 'cần', 'phải', 'sớm', 'tích cực', 'lãnh đạo',
  'vận động', 'tuyên truyền', 'phát huy', 'cập nhật', 'phấn đấu', 'duy trì', 'ưu tiên', 'huy động',
  'củng cố', 'hoàn thiện', 'sẽ', 'làm tốt', 'chuẩn bị', 'xử lý', 'giải quyết', 'nắm chắc',
  'thống nhất', 'chịu', 'cung cấp', 'tham gia', 'phối hợp', 'giao', 'ủy quyền', 'uỷ quyền',
  'đẩy nhanh', 'tháo gỡ', 'giải ngân', 'cắt giảm',
];

/** Verbs that also occur inside names ("Trung tâm … hỗ trợ doanh nghiệp"), trusted only without a role word. */
export const WEAK_VERBS: readonly string[] = [
  'bảo đảm', 'đảm bảo', 'trình', 'báo cáo', 'giám sát', 'kiểm tra', 'hỗ trợ', 'thẩm định',
  'quản lý', 'sắp xếp', 'xây dựng', 'phát triển', 'điều hành',
];

/** Verbs that end a partner list after "phối hợp với". */
export const TASK_VERBS: readonly string[] = [
  'tổ chức', 'thực hiện', 'triển khai', 'tham mưu', 'xây dựng', 'rà soát', 'tiếp tục', 'nghiên cứu',
  'hướng dẫn', 'theo dõi', 'chỉ đạo', 'kiểm tra', 'đôn đốc', 'tập trung', 'khẩn trương', 'đề xuất',
  'hoàn thành', 'trình', 'báo cáo', 'nâng cao', 'đẩy mạnh', 'đẩy nhanh', 'tăng cường', 'đánh giá',
  'tổng hợp', 'phân bổ', 'giám sát', 'bố trí', 'cân đối', 'xử lý', 'giải quyết', 'tháo gỡ',
  'hoàn thiện', 'ban hành', 'cập nhật', 'bảo đảm', 'đảm bảo', 'thẩm định', 'quản lý', 'tuyên truyền',
  'vận động', 'hỗ trợ', 'cung cấp', 'chuẩn bị',
];

/** Words that show a clause has started inside what looked like an agency name. */
export const CLAUSE_WORDS: readonly string[] = [
  'căn cứ', 'giao', 'ủy quyền', 'uỷ quyền', 'trong phạm vi', 'theo chức năng', 'theo dõi', 'thông báo',
  'tiếp thu', 'tiếp nhận', 'ký', 'gửi', 'biết', 'công khai', 'định kỳ', 'chủ động',
  'tổ chức', 'thực hiện', 'triển khai', 'được', 'đã', 'sẽ', 'có trách nhiệm', 'chịu trách nhiệm',
  'chủ trì', 'phối hợp', 'quyết định', 'ban hành', 'đề nghị', 'hướng dẫn', 'báo cáo', 'rà soát',
  'thiết lập', 'bổ nhiệm', 'giám sát', 'nghiên cứu', 'mở', 'xem xét', 'đẩy nhanh', 'tham mưu',
  'là', 'kiểm tra', 'đánh giá', 'tổng hợp', 'làm chủ', 'dự thảo', 'trực tiếp', 'trong trường hợp',
  'thành lập', 'nơi có', 'xây dựng',
  'có thẩm quyền', 'trong thời hạn',
  'trước ngày', 'trước', 'sau khi', 'với',
  // Verbs met right after a subject in procedures and regulations ("Sở Tài chính phê duyệt phương án").
  'phê duyệt', 'thừa', 'có ý kiến', 'chi trả', 'thẩm tra', 'trao đổi', 'làm việc', 'niêm yết', 'cấu hình',
  'tiến hành', 'làm đầu mối', 'chấm dứt', 'nêu', 'khi', 'trân trọng', 'xuất cấp', 'hạn chế',
  'bao gồm', 'cấp chứng chỉ', 'cấp giấy', 'đào tạo', 'không', 'quy định',
];

/** A regex alternation of words, longest first so "thực hiện các nhiệm vụ" beats "thực hiện". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
