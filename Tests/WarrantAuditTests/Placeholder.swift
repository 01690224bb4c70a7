import Testing
import WarrantAudit
