"""A legal document to create (POST /api/v1/legal-documents) in the fault scripts (bench/kill9.sh, bench/db-loss.sh)."""
import json


def body(n, title, summary, checksum_char="a"):
    """The JSON body of the n-th document of a stream: a circular of the ministry with one attachment."""
    return json.dumps({"number": f"{n}/2025/TT-BNV", "type": "THONG_TU", "title": f"{title} {n}",
                       "issuer": "BNV", "signer": {"name": "Nguyễn Văn Thử", "title": "Thứ trưởng"},
                       "issued_date": "2025-03-01", "effective_date": "2025-04-15", "status": "in_force",
                       "fields": ["TIEN_LUONG"], "summary": summary,
                       "attachments": [{"name": f"{n}.pdf", "media_type": "application/pdf", "size": 1000 + n,
                                        "checksum": checksum_char * 64}]})
