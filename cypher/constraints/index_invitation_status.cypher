// constraints/index_invitation_status: range index on Invitation.status (lists invitations by status); returns nothing.
// params: none
CREATE INDEX index_invitation_status IF NOT EXISTS FOR (n:Invitation) ON (n.status)
