//! Users' commissions: members elect members to a commission, and the
//! commission decides by vote what the catalogue holds. Every event goes to
//! an append-only, hash-chained log that anyone can export and check.

use crate::domain::governance::{Choice, Phase, ProposalKind, ProposalState, Scope};
use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Seat {
    pub name: String,
    pub until: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalRow {
    pub id: i64,
    pub title: String,
    pub kind: ProposalKind,
    pub state: ProposalState,
    pub closes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ElectionRow {
    pub id: i64,
    pub commission: String,
    pub phase: Phase,
    pub until: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommissionView {
    pub id: i64,
    pub name: String,
    pub scope: Scope,
    pub description: String,
    pub seats: i64,
    pub rules: String,
    pub members: Vec<Seat>,
    pub i_sit: bool,
    pub proposals: Vec<ProposalRow>,
    pub ideas: Vec<Idea>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Idea {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub proposal_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Governance {
    pub commissions: Vec<CommissionView>,
    pub elections: Vec<ElectionRow>,
    pub coordinates: bool,
    /// For the proposal form: products, producers and categories.
    pub products: Vec<(i64, String)>,
    pub producers: Vec<(i64, String)>,
    pub categories: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoteLine {
    pub name: String,
    pub choice: Choice,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    pub author: String,
    pub when: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: i64,
    pub commission: String,
    pub commission_id: i64,
    pub author: String,
    pub idea_by: Option<String>,
    pub title: String,
    pub reasons: String,
    pub kind: ProposalKind,
    /// What the proposal changes, in words.
    pub change: String,
    pub secret: bool,
    pub rules: String,
    pub state: ProposalState,
    pub closes: String,
    pub eligible: i64,
    pub voted: i64,
    pub counts: Option<(i64, i64, i64)>,
    /// Named votes (not for a secret proposal).
    pub votes: Vec<VoteLine>,
    pub may_vote: bool,
    /// The stored text differs from what the log recorded at opening.
    pub altered: bool,
    /// The member's own choice: their named vote, or the secret ballot the
    /// receipt on this device proves.
    pub my_choice: Option<Choice>,
    /// A secret ballot cast from another device: nothing here can show or
    /// change it.
    pub voted_elsewhere: bool,
    pub applied: Option<String>,
    pub comments: Vec<Comment>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CandidateView {
    pub account_id: i64,
    pub name: String,
    pub statement: String,
    pub photo_url: String,
    /// Shown once the election is closed.
    pub approvals: Option<i64>,
    pub elected: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ElectionView {
    pub id: i64,
    pub commission: String,
    pub seats: i64,
    pub phase: Phase,
    pub voting_from: String,
    pub closes: String,
    pub candidates: Vec<CandidateView>,
    pub i_stand: bool,
    pub i_voted: bool,
    pub draw_seed: Option<String>,
}
