"""Revision control from Git: approvals, the lifecycle of each document, and its history."""
