package dev.aiir.commands.chat;

/** Whether a reply is for the whole channel or only for the person who ran the command. */
public enum Visibility {
  PUBLIC,
  PRIVATE
}
