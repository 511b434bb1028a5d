package dev.aiir.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.aiir.commands.chat.Reply;
import net.dv8tion.jda.api.exceptions.DetachedEntityException;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The net under every listener: a fault that escapes one is answered once, privately. */
class AnsweredAtTheEdgeTest {
  private final IReplyCallback event = mock(IReplyCallback.class);
  private final InteractionResponder responder = mock(InteractionResponder.class);

  @Test
  void aFaultBeforeAnyAnswerIsAnsweredWithAReferenceAndNothingChanged() {
    when(event.isAcknowledged()).thenReturn(false);

    AnsweredAtTheEdge.run(
        event,
        responder,
        () -> {
          throw new DetachedEntityException();
        });

    ArgumentCaptor<Reply> reply = ArgumentCaptor.forClass(Reply.class);
    verify(responder).now(same(event), reply.capture());
    assertThat(reply.getValue().refused()).isTrue();
    assertThat(reply.getValue().message().plainText())
        .matches("Something went wrong on our side \\(ref [0-9a-f]{8}\\); nothing changed\\..*");
  }

  @Test
  void aFaultAfterTheAnswerIsOnlyLogged() {
    when(event.isAcknowledged()).thenReturn(true);

    AnsweredAtTheEdge.run(
        event,
        responder,
        () -> {
          throw new IllegalStateException("after the reply");
        });

    verify(responder, never()).now(any(), any());
  }

  @Test
  void aListenerThatAnswersIsLeftAlone() {
    AnsweredAtTheEdge.run(event, responder, () -> {});

    verify(responder, never()).now(any(), any());
  }
}
